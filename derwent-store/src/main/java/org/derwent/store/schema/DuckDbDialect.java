package org.derwent.store.schema;

/** DuckDB: {@code VARCHAR}/{@code DOUBLE} type names and {@code INSERT OR REPLACE} upserts. */
public final class DuckDbDialect extends Dialect {

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type) {
            case TEXT -> "VARCHAR";
            case INT -> "INTEGER";
            case BIGINT -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
        };
    }

    @Override
    public String upsert(Table table, String select) {
        if (table.primaryKey().isEmpty()) {
            return super.upsert(table, select);
        }
        return "INSERT OR REPLACE INTO " + table.name() + " (" + String.join(", ", table.columnNames()) + ") " + select;
    }
}
