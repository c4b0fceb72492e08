package org.rallyupjdbc.sandbox.model;

/** How a transaction was paid; the card fields are null unless {@code type} is CreditCard. */
public record PaymentMethod(String type, String cardLast4, String cardType) {

  public boolean isCard() {
    return cardLast4 != null;
  }
}
