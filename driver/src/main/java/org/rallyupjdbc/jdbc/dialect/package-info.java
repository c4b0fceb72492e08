/**
 * The SQL the driver accepts: PostgreSQL-flavoured Calcite (Babel parser, LENIENT conformance, the
 * standard and PostgreSQL function libraries) plus the few functions Calcite lacks, added through a
 * custom prepare. docs/sql.md is the user's reference; {@code functions.tsv} beside these classes
 * is the single list of advertised functions.
 */
package org.rallyupjdbc.jdbc.dialect;
