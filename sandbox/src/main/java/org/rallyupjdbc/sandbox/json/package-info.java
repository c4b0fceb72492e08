/** Streaming JSON writers that render records exactly as the RallyUp API spells and types them. */
package org.rallyupjdbc.sandbox.json;
