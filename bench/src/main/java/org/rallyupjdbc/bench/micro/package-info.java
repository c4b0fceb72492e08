/**
 * JMH micro-benchmarks of the driver's hot paths and their inputs. The benchmarks that call
 * package-private driver code live in the driver's own packages ({@code client}, {@code adapter})
 * of this module; they stop compiling when that code changes shape, which is the moment to look at
 * them again.
 */
package org.rallyupjdbc.bench.micro;
