/** Tests of what the server says while parts of the store are still being computed. */
package org.derwent.server.status;
