package org.derwent.store.schema;

import java.util.List;

/** DuckDB: {@code VARCHAR}/{@code DOUBLE} type names; keys kept by delete-then-insert upserts, not indexes. */
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

    /**
     * No declared keys: DuckDB's index upkeep and per-row conflict checks make bulk upserts of millions of rows
     * slow (minutes). The loader's merge keeps keys unique (it de-duplicates each load, then delete-then-insert).
     */
    @Override
    protected boolean declaresPrimaryKeys() {
        return false;
    }

    @Override
    public List<String> upsert(Table table, String select) {
        return table.primaryKey().isEmpty() ? super.upsert(table, select) : deleteThenInsert(table, select);
    }
}
