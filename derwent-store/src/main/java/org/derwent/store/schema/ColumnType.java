package org.derwent.store.schema;

/** The SQL types the store uses; each {@link Dialect} names them for its engine. */
public enum ColumnType {
    TEXT, INT, BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP
}
