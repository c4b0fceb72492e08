package org.rallyupjdbc.sandbox.model;

/** Units a participant logged on one day. */
public record ActivityResult(
    long id, Participant participant, long unitsHundredths, long loggedAt) {}
