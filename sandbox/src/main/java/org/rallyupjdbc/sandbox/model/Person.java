package org.rallyupjdbc.sandbox.model;

/** A RallyUp user: a donor, bidder, participant or organization administrator. */
public record Person(
    long userId,
    String firstName,
    String lastName,
    String email,
    String phone,
    long createdAt,
    long updatedAt,
    boolean inactive,
    boolean hasPassword,
    StreetAddress address) {

  /** "First Last", as in PostedBy, SenderName and ParticipantName. */
  public String fullName() {
    return firstName + " " + lastName;
  }
}
