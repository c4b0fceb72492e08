package org.rallyupjdbc.sandbox.model;

/**
 * A person's membership of an organization (listorgusers).
 *
 * @param addedAt null for members who were not added through the Partner API
 */
public record OrgUser(long organizationId, Person person, String role, Long addedAt) {}
