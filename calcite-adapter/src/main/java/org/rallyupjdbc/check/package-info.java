/**
 * The self-check: a bounded number of cheap requests per table that find out what RallyUp's
 * documentation leaves open (which path answers, the paging parameters and largest page, whether
 * optional filters filter, how far back v3 arrays go), a report, and a catalog override encoding
 * the answers. See docs/real-api.md.
 */
package org.rallyupjdbc.check;
