/** The HTTP side of the sandbox: routing, authentication, faults, statistics and endpoints. */
package org.rallyupjdbc.sandbox.http;
