package org.rallyupjdbc.sandbox.model;

/**
 * A raffle or sweepstakes prize and the supporter holding the drawn number.
 *
 * @param ticketNumber a prefix letter and the drawn entry number, e.g. {@code "W196"}
 */
public record PrizeWinner(
    long id, Campaign campaign, Person winner, String prize, String ticketNumber) {}
