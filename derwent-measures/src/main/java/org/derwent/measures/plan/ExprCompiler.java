package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.col;
import static org.derwent.measures.sql.Sql.eq;
import static org.derwent.measures.sql.Sql.k;
import static org.derwent.measures.sql.Sql.num;
import static org.derwent.measures.sql.Sql.text;
import static org.derwent.measures.sql.Sql.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.derwent.measures.lang.Builtins;
import org.derwent.measures.lang.Expr;
import org.derwent.measures.lang.Types;
import org.derwent.measures.lang.VariableDef;
import org.derwent.measures.lang.VariableDef.ValueType;
import org.derwent.measures.sql.SqlExpr;
import org.derwent.measures.sql.SqlType;

/**
 * Compiles expressions to SQL over the patient-variable table. True/false variables are stored as 0/1 integers, so
 * they add up in scores; literals become bind parameters. With {@code inline} set, derived variables are expanded
 * (needed while the table that would hold them is being built).
 */
public final class ExprCompiler {
    private final Map<String, VariableDef> variables;
    private final Types types;
    private final String qualifier;
    private final boolean inline;

    public ExprCompiler(Map<String, VariableDef> variables, String qualifier, boolean inline) {
        this.variables = variables;
        this.types = new Types(variables);
        this.qualifier = qualifier;
        this.inline = inline;
    }

    /** Column name of a variable in the patient-variable table. */
    public static String column(String name) {
        return Builtins.isBuiltin(name) ? name : "v_" + name;
    }

    /** A condition (SQL boolean). */
    public SqlExpr condition(Expr e) {
        if (e instanceof Expr.Bool b) {
            return eq(k(b.value() ? 1 : 0), k(1));
        } else if (e instanceof Expr.Not n) {
            return new SqlExpr.Not(condition(n.operand()));
        } else if (e instanceof Expr.IsNull n) {
            return new SqlExpr.IsNull(value(n.operand()), n.negated());
        } else if (e instanceof Expr.In in) {
            List<SqlExpr> vs = new ArrayList<>();
            in.values().forEach(v -> vs.add(value(v)));
            return new SqlExpr.In(value(in.operand()), vs);
        } else if (e instanceof Expr.Binary b && (b.op().logical() || b.op().comparison())) {
            if (b.op().logical()) {
                return new SqlExpr.Binary(b.op().sql(), condition(b.left()), condition(b.right()));
            }
            return new SqlExpr.Binary(b.op().sql(), value(b.left()), value(b.right()));
        }
        if (types.of(e) == ValueType.BOOL) {
            return eq(value(e), k(1));
        }
        throw new IllegalArgumentException("not a condition: " + e);
    }

    /** A value: numbers, text, dates; conditions become 1/0. */
    public SqlExpr value(Expr e) {
        if (e instanceof Expr.Num n) {
            return num(n.value());
        } else if (e instanceof Expr.Str s) {
            return text(s.value());
        } else if (e instanceof Expr.Bool b) {
            return k(b.value() ? 1 : 0);
        } else if (e instanceof Expr.Ref r) {
            VariableDef v = variables.get(r.name());
            if (inline && v instanceof VariableDef.Derived d) {
                return value(d.expr());
            }
            return col(qualifier, column(r.name()));
        } else if (e instanceof Expr.Call c) {
            List<SqlExpr> args = new ArrayList<>();
            c.args().forEach(a -> args.add(value(a)));
            return new SqlExpr.Func(c.function().toUpperCase(Locale.ROOT), args, false);
        } else if (e instanceof Expr.Binary b && !b.op().logical() && !b.op().comparison()) {
            SqlExpr l = value(b.left());
            SqlExpr r = value(b.right());
            if (b.op() == Expr.Op.DIV) {
                l = new SqlExpr.Binary("*", l, num(1.0));
            }
            return new SqlExpr.Binary(b.op().sql(), l, r);
        }
        return when(condition(e), k(1), k(0));
    }

    /** Zero of a type, for sums. */
    static SqlExpr zero() {
        return new SqlExpr.Param(0.0, SqlType.DOUBLE);
    }
}
