/** {@code rallyup-sql}: an interactive SQL shell (sqlline) for the driver. */
package org.rallyupjdbc.shell;
