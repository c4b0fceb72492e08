package org.rallyupjdbc.sandbox.model;

/** A message sent to the organizer through a campaign's Contact Organizer form. */
public record ContactMessage(
    long id, Campaign campaign, Person sender, String subject, String message) {}
