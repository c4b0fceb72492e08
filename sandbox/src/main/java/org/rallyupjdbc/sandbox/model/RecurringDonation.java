package org.rallyupjdbc.sandbox.model;

/**
 * A recurring-donation schedule, started by a recurring listdonations transaction.
 *
 * @param nextChargeAt null once the schedule has stopped
 */
public record RecurringDonation(
    long id,
    Campaign campaign,
    Supporter supporter,
    PaymentMethod payment,
    long startAt,
    Long nextChargeAt,
    long amountCents,
    String frequency,
    int paymentsCount,
    String status) {}
