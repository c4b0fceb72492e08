/** The {@code jdbc:rallyup:} JDBC driver. */
package org.rallyupjdbc.jdbc;
