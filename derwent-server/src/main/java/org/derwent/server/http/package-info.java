/** HTTP plumbing shared by the API and the pages: errors, parameter allow-lists, security headers, auth. */
package org.derwent.server.http;
