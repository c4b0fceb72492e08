package org.rallyupjdbc.sandbox.model;

/**
 * A campaign's static description; what donations add up to lives in {@link CampaignTotals}.
 *
 * @param slug the six-hex permanent code of {@code https://go.rallyup.com/<slug>}
 * @param friendlySlug the readable code of CampaignFriendlyURL
 * @param goalCents null when the campaign has no goal
 */
public record Campaign(
    long id,
    long organizationId,
    CampaignType type,
    String name,
    String slug,
    String friendlySlug,
    String status,
    long startAt,
    long endAt,
    Long goalCents,
    TimeZoneInfo timeZone,
    String imageUrl) {}
