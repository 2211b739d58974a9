package org.derwent.store.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How one SQL engine spells the store's DDL and upserts. The base class writes standard SQL shared by
 * DuckDB and PostgreSQL; each engine overrides only what differs (type names, upsert syntax).
 */
public abstract sealed class Dialect permits DuckDbDialect, PostgresDialect {

    /** The dialect for a JDBC URL: {@code jdbc:duckdb:} or {@code jdbc:postgresql:}. */
    public static Dialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:duckdb:")) {
            return new DuckDbDialect();
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        throw new IllegalArgumentException("unsupported store URL '" + jdbcUrl
                + "': expected jdbc:duckdb:PATH or jdbc:postgresql://...");
    }

    /** Short engine name, e.g. {@code duckdb}. */
    public abstract String name();

    /** The engine's name for a column type. */
    public abstract String typeName(ColumnType type);

    /** {@code CREATE TABLE IF NOT EXISTS} with the table's columns and primary key. */
    public String createTable(Table table) {
        return "CREATE TABLE IF NOT EXISTS " + table.name() + " (" + columnDefinitions(table, true)
                + (table.primaryKey().isEmpty() || !declaresPrimaryKeys() ? ""
                : ", PRIMARY KEY (" + String.join(", ", table.primaryKey()) + ")") + ")";
    }

    /** {@code ALTER TABLE ... ADD COLUMN} for a column an older store lacks (nullable: old rows get NULL). */
    public String addColumn(Table table, Column column) {
        return "ALTER TABLE " + table.name() + " ADD COLUMN " + column.name() + " " + typeName(column.type());
    }

    /** Whether tables declare their primary key (an index) or leave key upkeep to {@link #upsert}. */
    protected boolean declaresPrimaryKeys() {
        return true;
    }

    /** A session-local staging table with the same columns as {@code table}, no constraints. */
    public String createStaging(Table table, String stagingName) {
        return "CREATE TEMPORARY TABLE " + stagingName + " (" + columnDefinitions(table, false) + ")";
    }

    /**
     * Statements that insert the rows of {@code select} (which yields the table's columns, named as the table's,
     * in order) into the table, replacing rows with the same primary key. Without a primary key: a plain insert.
     * Run them in order, in one transaction; each may hold the same bind parameters as {@code select}.
     */
    public List<String> upsert(Table table, String select) {
        String cols = String.join(", ", table.columnNames());
        String insert = "INSERT INTO " + table.name() + " (" + cols + ") " + select;
        if (table.primaryKey().isEmpty()) {
            return List.of(insert);
        }
        List<String> updates = table.columnNames().stream().filter(c -> !table.primaryKey().contains(c))
                .map(c -> c + " = EXCLUDED." + c).toList();
        return List.of(insert + " ON CONFLICT (" + String.join(", ", table.primaryKey()) + ") DO "
                + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + String.join(", ", updates)));
    }

    /** A plain insert of the rows of {@code select} (the table's columns, in order): for a table known to be empty. */
    public String insert(Table table, String select) {
        return "INSERT INTO " + table.name() + " (" + String.join(", ", table.columnNames()) + ") " + select;
    }

    /** Replacement by delete-then-insert: {@code DELETE ... USING (select)} on the key, then a plain insert. */
    protected List<String> deleteThenInsert(Table table, String select) {
        String on = table.primaryKey().stream().map(k -> table.name() + "." + k + " = x." + k)
                .collect(Collectors.joining(" AND "));
        return List.of("DELETE FROM " + table.name() + " USING (" + select + ") x WHERE " + on,
                "INSERT INTO " + table.name() + " (" + String.join(", ", table.columnNames()) + ") " + select);
    }

    private String columnDefinitions(Table table, boolean constraints) {
        return table.columns().stream()
                .map(c -> c.name() + " " + typeName(c.type()) + (constraints && c.notNull() ? " NOT NULL" : ""))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name();
    }
}
