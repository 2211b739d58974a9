package org.derwent.measures.sql;

import java.util.List;

/**
 * Spark SQL: {@code div}, {@code date_sub}/{@code date_add}, {@code concat}, temporary views cached as tables.
 * Executed by Spark 3.5 in local mode in the {@code spark} test profile ({@code SparkParityTest}); Spark 3.5 does
 * not bind parameters inside {@code CACHE TABLE ... AS}, so a runner registers the parameterised query as a cached
 * view instead of sending that statement as text.
 */
public final class SparkSqlDialect extends SqlDialect {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    protected String typeName(SqlType t) {
        return switch (t) {
            case DATE -> "DATE";
            case DOUBLE -> "DOUBLE";
            case INTEGER -> "INT";
            case TEXT -> "STRING";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    @Override
    public String textType() {
        return "STRING";
    }

    @Override
    public Rendered createTempTable(String name, Query q) {
        Rendered r = render(q);
        return new Rendered("CACHE TABLE " + name + " AS\n" + r.sql(), r.params());
    }

    @Override
    public String dropTable(String name) {
        return "UNCACHE TABLE IF EXISTS " + name;
    }

    @Override
    protected void special(SqlExpr.Special s, StringBuilder sb, List<SqlExpr.Param> ps) {
        List<SqlExpr> a = s.args();
        switch (s.kind()) {
            case INT_DIV -> binary(a.get(0), "div", a.get(1), sb, ps);
            case YEAR -> call("year", a, sb, ps);
            case MONTH -> call("month", a, sb, ps);
            case DATE_MINUS_DAYS -> call("date_sub", a, sb, ps);
            case DATE_PLUS_DAYS -> call("date_add", a, sb, ps);
            case CONCAT -> call("concat", a, sb, ps);
            default -> super.special(s, sb, ps);
        }
    }
}
