package org.derwent.store.schema;

import java.util.ArrayList;
import java.util.List;

/** Fluent construction of a {@link Table}; keeps {@link StoreSchema} readable as a list of columns. */
final class TableBuilder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private List<String> key = List.of();

    private TableBuilder(String name) {
        this.name = name;
    }

    static TableBuilder table(String name) {
        return new TableBuilder(name);
    }

    TableBuilder key(String... keyColumns) {
        for (String k : keyColumns) {
            columns.add(Column.required(k, ColumnType.TEXT));
        }
        this.key = List.of(keyColumns);
        return this;
    }

    TableBuilder keyOf(ColumnType type, String keyColumn) {
        columns.add(Column.required(keyColumn, type));
        this.key = List.of(keyColumn);
        return this;
    }

    TableBuilder compositeKey(String... keyColumns) {
        this.key = List.of(keyColumns);
        return this;
    }

    TableBuilder col(String column, ColumnType type) {
        columns.add(Column.of(column, type));
        return this;
    }

    TableBuilder required(String column, ColumnType type) {
        columns.add(Column.required(column, type));
        return this;
    }

    TableBuilder text(String... names) {
        for (String n : names) {
            columns.add(Column.of(n, ColumnType.TEXT));
        }
        return this;
    }

    /** The provenance columns every loaded row carries. */
    TableBuilder provenance() {
        return text("source_file").col("source_line", ColumnType.BIGINT).col("load_id", ColumnType.BIGINT);
    }

    Table build() {
        return new Table(name, columns, key);
    }
}
