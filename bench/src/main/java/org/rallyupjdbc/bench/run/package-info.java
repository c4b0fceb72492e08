/**
 * What runs inside a child JVM: the contenders (the driver, a hand-written pager, sync-then-query
 * and the raw streaming limit), each timing its own runs, counting requests through the sandbox's
 * statistics and measuring its own heap.
 */
package org.rallyupjdbc.bench.run;
