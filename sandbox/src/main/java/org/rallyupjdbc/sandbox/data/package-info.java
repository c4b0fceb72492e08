/** Seeded generation of the simulated organization's data, and the live data set it serves. */
package org.rallyupjdbc.sandbox.data;
