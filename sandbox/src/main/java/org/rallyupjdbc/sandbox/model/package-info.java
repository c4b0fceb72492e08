/** Immutable values for the records the simulated RallyUp API serves. */
package org.rallyupjdbc.sandbox.model;
