/** Bulk writes of result rows into store tables (DuckDB appender, JDBC batches elsewhere). */
package org.derwent.store.write;
