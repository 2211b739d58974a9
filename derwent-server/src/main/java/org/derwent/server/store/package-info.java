/** Access to the DuckDB store: a pooled connection, in-memory result tables and the server's own tables. */
package org.derwent.server.store;
