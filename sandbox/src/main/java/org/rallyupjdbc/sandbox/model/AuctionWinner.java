package org.rallyupjdbc.sandbox.model;

/** The highest bidder on a lot of an auction that has ended. */
public record AuctionWinner(
    long id, CampaignItem item, Person winner, long amountCents, String paymentStatus) {}
