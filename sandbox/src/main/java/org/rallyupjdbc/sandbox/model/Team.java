package org.rallyupjdbc.sandbox.model;

/**
 * A fundraising team of an a-thon.
 *
 * @param goalCents null when the team set no goal
 */
public record Team(
    long id,
    Campaign campaign,
    String name,
    String registrationOption,
    String description,
    String email,
    Long goalCents,
    String permanentSlug,
    String friendlySlug) {}
