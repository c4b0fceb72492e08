package org.rallyupjdbc.bench.run;

import org.rallyupjdbc.bench.Scenario;

/**
 * What one child JVM measures, passed to it as JSON.
 *
 * @param contender who answers
 * @param scenario the question
 * @param baseUrl the sandbox
 * @param pageSize records per page for every contender (the driver's {@code pageSize})
 * @param concurrency pages in flight at once for the limit
 * @param runs measured runs
 * @param warmupSeconds unmeasured runs first, until this much time has passed (at least one)
 * @param campaignId the one-campaign scenario's campaign
 * @param driverProperties extra {@code key=value;...} for the driver's URL, or empty
 * @param profileFile where to write a JFR recording of the measured runs, or null
 * @param serverPid the process serving {@code baseUrl}, whose CPU time is read around each run
 */
public record ChildTask(
    ContenderKind contender,
    Scenario scenario,
    String baseUrl,
    int pageSize,
    int concurrency,
    int runs,
    double warmupSeconds,
    long campaignId,
    String driverProperties,
    String profileFile,
    long serverPid) {}
