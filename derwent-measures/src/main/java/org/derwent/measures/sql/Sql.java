package org.derwent.measures.sql;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Short constructors for {@link SqlExpr} and {@link Query} nodes. */
public final class Sql {
    private Sql() {
    }

    public static SqlExpr col(String name) {
        return new SqlExpr.Col(null, name);
    }

    public static SqlExpr col(String qualifier, String name) {
        return new SqlExpr.Col(qualifier, name);
    }

    public static SqlExpr date(LocalDate d) {
        return new SqlExpr.Param(d, SqlType.DATE);
    }

    public static SqlExpr num(double v) {
        return new SqlExpr.Param(v, SqlType.DOUBLE);
    }

    public static SqlExpr integer(int v) {
        return new SqlExpr.Param(v, SqlType.INTEGER);
    }

    public static SqlExpr text(String v) {
        return new SqlExpr.Param(v, SqlType.TEXT);
    }

    public static SqlExpr k(int v) {
        return new SqlExpr.IntConst(v);
    }

    public static SqlExpr bin(String op, SqlExpr a, SqlExpr b) {
        return new SqlExpr.Binary(op, a, b);
    }

    public static SqlExpr eq(SqlExpr a, SqlExpr b) {
        return bin("=", a, b);
    }

    /** AND of the non-null parts (TRUE when none). */
    public static SqlExpr and(SqlExpr... parts) {
        SqlExpr out = null;
        for (SqlExpr p : parts) {
            if (p != null) {
                out = out == null ? p : bin("AND", out, p);
            }
        }
        return out == null ? new SqlExpr.Param(true, SqlType.BOOLEAN) : out;
    }

    public static SqlExpr or(SqlExpr a, SqlExpr b) {
        return bin("OR", a, b);
    }

    public static SqlExpr not(SqlExpr a) {
        return new SqlExpr.Not(a);
    }

    public static SqlExpr isNull(SqlExpr a) {
        return new SqlExpr.IsNull(a, false);
    }

    public static SqlExpr notNull(SqlExpr a) {
        return new SqlExpr.IsNull(a, true);
    }

    public static SqlExpr when(SqlExpr cond, SqlExpr then, SqlExpr otherwise) {
        return new SqlExpr.Case(List.of(cond), List.of(then), otherwise);
    }

    public static SqlExpr func(String name, SqlExpr... args) {
        return new SqlExpr.Func(name, Arrays.asList(args), false);
    }

    public static SqlExpr special(SqlExpr.Kind kind, SqlExpr... args) {
        return new SqlExpr.Special(kind, Arrays.asList(args));
    }

    public static Query.Item as(SqlExpr e, String alias) {
        return new Query.Item(e, alias);
    }

    public static Query.Table table(String name, String alias) {
        return new Query.Table(name, alias);
    }
}
