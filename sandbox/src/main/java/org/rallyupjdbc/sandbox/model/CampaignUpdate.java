package org.rallyupjdbc.sandbox.model;

/** A news post on a campaign page; {@code content} is HTML. */
public record CampaignUpdate(
    long id, Campaign campaign, String title, String content, String postedBy, long postedAt) {}
