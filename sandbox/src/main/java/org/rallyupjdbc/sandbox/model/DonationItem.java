package org.rallyupjdbc.sandbox.model;

/** One line of a donation's {@code Items}, copied from the campaign item bought. */
public record DonationItem(long itemId, String name, int quantity, String type, long priceCents) {

  public long totalCents() {
    return priceCents * quantity;
  }
}
