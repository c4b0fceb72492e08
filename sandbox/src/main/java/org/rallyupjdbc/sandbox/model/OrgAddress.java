package org.rallyupjdbc.sandbox.model;

/** The Partner API's organization {@code Address}; every field but {@code country} may be null. */
public record OrgAddress(
    String line1,
    String line2,
    String city,
    String state,
    String country,
    String zipCode,
    String phone) {}
