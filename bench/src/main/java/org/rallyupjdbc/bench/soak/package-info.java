/**
 * {@code bin/soak}: pooled driver connections run a mix of statements against a sandbox with
 * faults, token expiry and drift for a chosen time; results are held against H2, errors against the
 * documented SQLStates, and the process's heap, threads, sockets and file handles against growth
 * (docs/reliability.md, "Soak run").
 */
package org.rallyupjdbc.bench.soak;
