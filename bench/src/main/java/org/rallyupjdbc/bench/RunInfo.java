package org.rallyupjdbc.bench;

import java.util.Map;

/**
 * The circumstances of a harness run, for the report's header.
 *
 * @param commit the git commit measured (with {@code -dirty} for uncommitted changes)
 * @param started when the run began (UTC)
 * @param minutes how long the whole run took
 * @param loadStart the 1-minute load average at the start
 * @param loadEnd the 1-minute load average at the end
 * @param campaignId the one-campaign and point-lookup scenarios' campaign
 * @param machine cores, CPU, memory, OS, JVM
 * @param versions library versions
 */
record RunInfo(
    String commit,
    String started,
    double minutes,
    double loadStart,
    double loadEnd,
    long campaignId,
    Map<String, String> machine,
    Map<String, String> versions) {}
