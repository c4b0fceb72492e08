package org.rallyupjdbc.sandbox.model;

/** A run of consecutive raffle tickets or sweepstakes entries bought in one transaction. */
public record TicketBlock(long amountCents, int firstNumber, int lastNumber, String type) {

  public int quantity() {
    return lastNumber - firstNumber + 1;
  }
}
