package org.rallyupjdbc.sandbox.model;

/** Why and when a transaction was refunded. */
public record Refund(String reason, long refundedAt) {}
