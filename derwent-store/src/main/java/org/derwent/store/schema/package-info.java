/**
 * The store schema of docs/data-model.md as a typed tree of tables and columns, rendered to DDL by one small
 * dialect class per engine (DuckDB, PostgreSQL), and the {@link org.derwent.store.schema.Store} that opens a store.
 */
package org.derwent.store.schema;
