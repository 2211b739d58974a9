package org.derwent.measures.sql;

import java.util.List;

/** PostgreSQL: {@code DOUBLE PRECISION}; integer {@code /} truncates; {@code date - integer} gives a date. */
public final class PostgresSqlDialect extends SqlDialect {
    @Override
    public String name() {
        return "postgres";
    }

    @Override
    protected String typeName(SqlType t) {
        return switch (t) {
            case DATE -> "DATE";
            case DOUBLE -> "DOUBLE PRECISION";
            case INTEGER -> "INTEGER";
            case TEXT -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    @Override
    public String textType() {
        return "TEXT";
    }

    @Override
    protected void special(SqlExpr.Special s, StringBuilder sb, List<SqlExpr.Param> ps) {
        if (s.kind() == SqlExpr.Kind.INT_DIV) {
            sb.append("CAST(");
            binary(s.args().get(0), "/", s.args().get(1), sb, ps);
            sb.append(" AS INTEGER)");
        } else if (s.kind() == SqlExpr.Kind.YEAR || s.kind() == SqlExpr.Kind.MONTH) {
            sb.append("CAST(");
            super.special(s, sb, ps);
            sb.append(" AS INTEGER)");
        } else {
            super.special(s, sb, ps);
        }
    }
}
