/**
 * Presents the catalog to Calcite: connection properties, one schema per API, one table per catalog
 * entry, and the enumerator that pages through the API as rows are read.
 */
package org.rallyupjdbc.adapter;
