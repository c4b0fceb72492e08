/** A deterministic RallyUp API simulator that serves seeded data over HTTP. */
package org.rallyupjdbc.sandbox;
