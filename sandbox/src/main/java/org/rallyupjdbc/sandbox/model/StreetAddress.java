package org.rallyupjdbc.sandbox.model;

/** A supporter's postal address; {@code address2} may be null, {@code country} is a full name. */
public record StreetAddress(
    String address1, String address2, String city, String state, String country, String zipCode) {}
