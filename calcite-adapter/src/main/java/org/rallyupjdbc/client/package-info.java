/** Speaks the RallyUp REST API over HTTP: authentication, paging and response decoding. */
package org.rallyupjdbc.client;
