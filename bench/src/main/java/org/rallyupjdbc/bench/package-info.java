/**
 * The end-to-end benchmark harness behind {@code bin/bench}: starts sandboxes, runs every scenario
 * through each contender in a child JVM, and writes {@code bench/results/latest.md} and {@code
 * latest.csv}.
 */
package org.rallyupjdbc.bench;
