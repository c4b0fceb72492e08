package org.rallyupjdbc.sandbox.model;

/** What a campaign has raised, computed from its donations (or invented for partner-only orgs). */
public record CampaignTotals(
    long raisedCents, long raisedInPeriodCents, int supporters, int views) {}
