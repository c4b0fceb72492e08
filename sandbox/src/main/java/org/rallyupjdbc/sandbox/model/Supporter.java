package org.rallyupjdbc.sandbox.model;

/**
 * Who made a transaction, bid or pledge, and the checkout answers the API repeats on it.
 *
 * @param inNameOf null unless given in honour or memory of someone
 * @param withMailingAddress whether the record carries the person's MailingAddress (else null)
 * @param specialInstructions null unless given
 * @param comment null unless given
 */
public record Supporter(
    Person person,
    boolean anonymous,
    String inNameOf,
    boolean marketingOptIn,
    boolean withMailingAddress,
    String specialInstructions,
    String comment,
    boolean receivesUpdates) {}
