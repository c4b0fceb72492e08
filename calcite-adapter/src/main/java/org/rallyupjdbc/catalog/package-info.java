/**
 * Which tables exist and how a RallyUp JSON record becomes a row: the catalog loaded from {@code
 * tables.json}, its validation, and the streaming record decoder.
 */
package org.rallyupjdbc.catalog;
