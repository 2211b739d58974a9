package org.derwent.store.schema;

import java.util.List;
import java.util.Optional;

/**
 * One store table: name, columns in order, primary-key column names (empty = none; upserts key on it).
 */
public record Table(String name, List<Column> columns, List<String> primaryKey) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        for (String k : primaryKey) {
            if (columns.stream().noneMatch(c -> c.name().equals(k))) {
                throw new IllegalArgumentException("table " + name + ": primary-key column '" + k + "' is not a column");
            }
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Position (0-based) of a column, for appenders that write columns in order. */
    public int indexOf(String columnName) {
        int i = columnNames().indexOf(columnName);
        if (i < 0) {
            throw new IllegalArgumentException("table " + name + " has no column '" + columnName + "'");
        }
        return i;
    }
}
