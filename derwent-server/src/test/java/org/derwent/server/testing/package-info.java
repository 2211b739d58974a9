/** Test tooling: a shared server over the fixture store and a signed-in HTTP client. */
package org.derwent.server.testing;
