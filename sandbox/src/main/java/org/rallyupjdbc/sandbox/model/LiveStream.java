package org.rallyupjdbc.sandbox.model;

/**
 * A campaign's live stream; its id is the campaign id.
 *
 * @param endAt null while the stream is active
 */
public record LiveStream(
    Campaign campaign, boolean active, String streamUrl, long setupAt, long startAt, Long endAt) {}
