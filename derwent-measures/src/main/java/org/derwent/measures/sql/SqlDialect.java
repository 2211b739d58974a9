package org.derwent.measures.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the SQL tree for one engine. This base class writes ANSI SQL; each engine subclass overrides only what
 * differs (type names, integer division, date arithmetic, temporary tables), as Calcite's SqlDialect does.
 */
public abstract class SqlDialect {
    /** Engine name as used on the command line. */
    public abstract String name();

    /** The engine's name for a parameter type in a CAST. */
    protected abstract String typeName(SqlType t);

    /** Renders a query. */
    public final Rendered render(Query q) {
        List<SqlExpr.Param> params = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        query(q, sb, params);
        return new Rendered(sb.toString(), params);
    }

    /** Renders CREATE TEMPORARY TABLE name AS query. */
    public Rendered createTempTable(String name, Query q) {
        Rendered r = render(q);
        return new Rendered("CREATE TEMPORARY TABLE " + name + " AS\n" + r.sql(), r.params());
    }

    /** Renders DROP TABLE IF EXISTS name. */
    public String dropTable(String name) {
        return "DROP TABLE IF EXISTS " + name;
    }

    /** Engine type for a text column in DDL. */
    public String textType() {
        return "VARCHAR";
    }

    /** Engine type for a floating-point column in DDL. */
    public String doubleType() {
        return typeName(SqlType.DOUBLE);
    }

    protected void query(Query q, StringBuilder sb, List<SqlExpr.Param> ps) {
        if (q instanceof Query.UnionAll u) {
            for (int i = 0; i < u.parts().size(); i++) {
                if (i > 0) {
                    sb.append("\nUNION ALL\n");
                }
                query(u.parts().get(i), sb, ps);
            }
            return;
        }
        Query.Select s = (Query.Select) q;
        sb.append("SELECT ");
        for (int i = 0; i < s.items().size(); i++) {
            sb.append(i > 0 ? ",\n  " : "");
            expr(s.items().get(i).expr(), sb, ps);
            if (s.items().get(i).alias() != null) {
                sb.append(" AS ").append(s.items().get(i).alias());
            }
        }
        sb.append("\nFROM ");
        from(s.from(), sb, ps);
        for (Query.Join j : s.joins()) {
            sb.append(j.left() ? "\nLEFT JOIN " : "\nJOIN ");
            from(j.target(), sb, ps);
            sb.append(" ON ");
            expr(j.on(), sb, ps);
        }
        if (s.where() != null) {
            sb.append("\nWHERE ");
            expr(s.where(), sb, ps);
        }
        if (!s.groupBy().isEmpty()) {
            sb.append("\nGROUP BY ");
            list(s.groupBy(), sb, ps);
        } else if (!s.groupingSets().isEmpty()) {
            sb.append("\nGROUP BY GROUPING SETS (");
            for (int i = 0; i < s.groupingSets().size(); i++) {
                sb.append(i > 0 ? ",\n  (" : "(");
                list(s.groupingSets().get(i), sb, ps);
                sb.append(')');
            }
            sb.append(')');
        }
    }

    private void from(Query.From f, StringBuilder sb, List<SqlExpr.Param> ps) {
        if (f instanceof Query.Table t) {
            sb.append(t.name());
            if (t.alias() != null) {
                sb.append(' ').append(t.alias());
            }
        } else {
            Query.Sub s = (Query.Sub) f;
            sb.append("(\n");
            query(s.query(), sb, ps);
            sb.append("\n) ").append(s.alias());
        }
    }

    private void list(List<SqlExpr> es, StringBuilder sb, List<SqlExpr.Param> ps) {
        for (int i = 0; i < es.size(); i++) {
            sb.append(i > 0 ? ", " : "");
            expr(es.get(i), sb, ps);
        }
    }

    protected void expr(SqlExpr e, StringBuilder sb, List<SqlExpr.Param> ps) {
        if (e instanceof SqlExpr.Col c) {
            sb.append(c.qualifier() == null ? "" : c.qualifier() + ".").append(c.name());
        } else if (e instanceof SqlExpr.Param p) {
            ps.add(p);
            sb.append("CAST(? AS ").append(typeName(p.type())).append(')');
        } else if (e instanceof SqlExpr.IntConst k) {
            sb.append(k.value());
        } else if (e instanceof SqlExpr.Null n) {
            sb.append("CAST(NULL AS ").append(typeName(n.type())).append(')');
        } else if (e instanceof SqlExpr.Binary b) {
            sb.append('(');
            expr(b.left(), sb, ps);
            sb.append(' ').append(b.op()).append(' ');
            expr(b.right(), sb, ps);
            sb.append(')');
        } else if (e instanceof SqlExpr.Not n) {
            sb.append("(NOT ");
            expr(n.operand(), sb, ps);
            sb.append(')');
        } else if (e instanceof SqlExpr.IsNull n) {
            sb.append('(');
            expr(n.operand(), sb, ps);
            sb.append(n.negated() ? " IS NOT NULL)" : " IS NULL)");
        } else if (e instanceof SqlExpr.In in) {
            sb.append('(');
            expr(in.operand(), sb, ps);
            sb.append(" IN (");
            list(in.values(), sb, ps);
            sb.append("))");
        } else if (e instanceof SqlExpr.Case c) {
            sb.append("CASE");
            for (int i = 0; i < c.conditions().size(); i++) {
                sb.append(" WHEN ");
                expr(c.conditions().get(i), sb, ps);
                sb.append(" THEN ");
                expr(c.results().get(i), sb, ps);
            }
            if (c.otherwise() != null) {
                sb.append(" ELSE ");
                expr(c.otherwise(), sb, ps);
            }
            sb.append(" END");
        } else if (e instanceof SqlExpr.Func f) {
            sb.append(f.name()).append('(').append(f.distinct() ? "DISTINCT " : "");
            if (f.args().isEmpty()) {
                sb.append(f.name().equals("COUNT") ? "*" : "");
            }
            list(f.args(), sb, ps);
            sb.append(')');
        } else if (e instanceof SqlExpr.Over o) {
            expr(o.function(), sb, ps);
            sb.append(" OVER (PARTITION BY ");
            list(o.partitionBy(), sb, ps);
            if (!o.orderByDesc().isEmpty()) {
                sb.append(" ORDER BY ");
                for (int i = 0; i < o.orderByDesc().size(); i++) {
                    sb.append(i > 0 ? ", " : "");
                    expr(o.orderByDesc().get(i), sb, ps);
                    sb.append(" DESC");
                }
            }
            sb.append(')');
        } else if (e instanceof SqlExpr.Exists x) {
            sb.append("EXISTS (");
            query(x.query(), sb, ps);
            sb.append(')');
        } else {
            special((SqlExpr.Special) e, sb, ps);
        }
    }

    /** Renders the operations engines spell differently; ANSI forms here. */
    protected void special(SqlExpr.Special s, StringBuilder sb, List<SqlExpr.Param> ps) {
        List<SqlExpr> a = s.args();
        switch (s.kind()) {
            case INT_DIV -> call("DIV", a, sb, ps);
            case YEAR -> extract("YEAR", a.get(0), sb, ps);
            case MONTH -> extract("MONTH", a.get(0), sb, ps);
            case DATE_MINUS_DAYS -> binary(a.get(0), "-", a.get(1), sb, ps);
            case DATE_PLUS_DAYS -> binary(a.get(0), "+", a.get(1), sb, ps);
            case CONCAT -> binary(a.get(0), "||", a.get(1), sb, ps);
            case LEFT -> call("SUBSTR", List.of(a.get(0), new SqlExpr.IntConst(1), a.get(1)), sb, ps);
            case TO_TEXT -> {
                sb.append("CAST(CAST(");
                expr(a.get(0), sb, ps);
                sb.append(" AS INTEGER) AS ").append(textType()).append(')');
            }
            default -> throw new IllegalStateException("unknown operation " + s.kind());
        }
    }

    protected final void call(String name, List<SqlExpr> args, StringBuilder sb, List<SqlExpr.Param> ps) {
        sb.append(name).append('(');
        list(args, sb, ps);
        sb.append(')');
    }

    protected final void binary(SqlExpr a, String op, SqlExpr b, StringBuilder sb, List<SqlExpr.Param> ps) {
        sb.append('(');
        expr(a, sb, ps);
        sb.append(' ').append(op).append(' ');
        expr(b, sb, ps);
        sb.append(')');
    }

    private void extract(String part, SqlExpr a, StringBuilder sb, List<SqlExpr.Param> ps) {
        sb.append("EXTRACT(").append(part).append(" FROM ");
        expr(a, sb, ps);
        sb.append(')');
    }
}
