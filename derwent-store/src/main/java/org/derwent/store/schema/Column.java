package org.derwent.store.schema;

/** One column of a store table. */
public record Column(String name, ColumnType type, boolean notNull) {

    public static Column of(String name, ColumnType type) {
        return new Column(name, type, false);
    }

    public static Column required(String name, ColumnType type) {
        return new Column(name, type, true);
    }
}
