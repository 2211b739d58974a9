package org.derwent.measures.sql;

import java.util.List;

/** DuckDB: integer division is {@code //}; otherwise ANSI. */
public final class DuckDbSqlDialect extends SqlDialect {
    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    protected String typeName(SqlType t) {
        return switch (t) {
            case DATE -> "DATE";
            case DOUBLE -> "DOUBLE";
            case INTEGER -> "INTEGER";
            case TEXT -> "VARCHAR";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    @Override
    protected void special(SqlExpr.Special s, StringBuilder sb, List<SqlExpr.Param> ps) {
        if (s.kind() == SqlExpr.Kind.INT_DIV) {
            binary(s.args().get(0), "//", s.args().get(1), sb, ps);
        } else {
            super.special(s, sb, ps);
        }
    }
}
