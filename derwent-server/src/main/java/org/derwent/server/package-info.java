/** The Derwent web server: pages, REST API and access control over the store. See docs/web.md and docs/api.md. */
package org.derwent.server;
