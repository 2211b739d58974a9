package org.derwent.store.schema;

/** PostgreSQL: {@code TEXT}/{@code DOUBLE PRECISION} type names; upserts use the standard ON CONFLICT form. */
public final class PostgresDialect extends Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type) {
            case TEXT -> "TEXT";
            case INT -> "INTEGER";
            case BIGINT -> "BIGINT";
            case DOUBLE -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
        };
    }
}
