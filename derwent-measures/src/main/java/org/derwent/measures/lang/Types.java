package org.derwent.measures.lang;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.derwent.measures.lang.VariableDef.ValueType;

/** Infers the type of expressions and derived variables; reports mismatches with their position. */
public final class Types {
    private final Map<String, VariableDef> variables;
    private final Set<String> resolving = new HashSet<>();

    public Types(Map<String, VariableDef> variables) {
        this.variables = variables;
    }

    /** The type of a variable or built-in; throws for unknown names and cycles. */
    public ValueType of(String name, SourcePos pos) {
        if (Builtins.isBuiltin(name)) {
            return Builtins.type(name);
        }
        VariableDef v = variables.get(name);
        if (v == null) {
            throw new DefinitionException(pos, "unknown variable '" + name + "'");
        }
        if (v instanceof VariableDef.Derived d) {
            if (!resolving.add(name)) {
                throw new DefinitionException(d.pos(), "variable '" + name + "' is defined in terms of itself");
            }
            try {
                return of(d.expr());
            } finally {
                resolving.remove(name);
            }
        }
        return v.type();
    }

    /** The type of an expression. Booleans may be used as numbers (true = 1), e.g. in scores. */
    public ValueType of(Expr e) {
        if (e instanceof Expr.Num) {
            return ValueType.NUM;
        } else if (e instanceof Expr.Str) {
            return ValueType.TEXT;
        } else if (e instanceof Expr.Bool) {
            return ValueType.BOOL;
        } else if (e instanceof Expr.Ref r) {
            return of(r.name(), r.pos());
        } else if (e instanceof Expr.Not n) {
            of(n.operand());
            return ValueType.BOOL;
        } else if (e instanceof Expr.IsNull n) {
            of(n.operand());
            return ValueType.BOOL;
        } else if (e instanceof Expr.In in) {
            of(in.operand());
            in.values().forEach(this::of);
            return ValueType.BOOL;
        } else if (e instanceof Expr.Call c) {
            ValueType t = null;
            for (Expr a : c.args()) {
                t = of(a);
            }
            return t;
        }
        return binary((Expr.Binary) e);
    }

    private ValueType binary(Expr.Binary b) {
        ValueType l = of(b.left());
        ValueType r = of(b.right());
        if (b.op().logical()) {
            return ValueType.BOOL;
        }
        if (b.op().comparison()) {
            boolean ok = l == r || numeric(l) && numeric(r);
            if (!ok) {
                throw new DefinitionException(posOf(b), "cannot compare " + l + " with " + r + " using '" + b.op().sql() + "'");
            }
            return ValueType.BOOL;
        }
        if (!numeric(l) || !numeric(r)) {
            throw new DefinitionException(posOf(b), "arithmetic '" + b.op().sql() + "' needs numbers, got " + l + " and " + r);
        }
        return ValueType.NUM;
    }

    static boolean numeric(ValueType t) {
        return t == ValueType.NUM || t == ValueType.BOOL;
    }

    /** The first position found inside an expression (for error messages). */
    public static SourcePos posOf(Expr e) {
        if (e instanceof Expr.Ref r) {
            return r.pos();
        } else if (e instanceof Expr.Call c) {
            return c.pos();
        } else if (e instanceof Expr.Not n) {
            return posOf(n.operand());
        } else if (e instanceof Expr.IsNull n) {
            return posOf(n.operand());
        } else if (e instanceof Expr.In in) {
            return posOf(in.operand());
        } else if (e instanceof Expr.Binary b) {
            SourcePos p = posOf(b.left());
            return p != null ? p : posOf(b.right());
        }
        return null;
    }
}
