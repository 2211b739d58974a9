package org.derwent.measures.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.derwent.measures.lang.CodelistDef;
import org.derwent.measures.lang.Expr;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.lang.VariableDef;

/**
 * Keeps only the variables (and codelists) the indicators of a set use, plus the PLUS-group breakdown variables,
 * so that running one indicator does not compute every variable.
 */
public final class VariablePruner {
    private VariablePruner() {
    }

    public static MeasureSet prune(MeasureSet set) {
        Set<String> used = new LinkedHashSet<>();
        Deque<Expr> todo = new ArrayDeque<>();
        for (IndicatorDef i : set.indicators()) {
            for (Expr e : new Expr[] {i.denominator(), i.denominatorSum(), i.exclusions(), i.numerator(), i.numeratorSum()}) {
                if (e != null) {
                    todo.add(e);
                }
            }
        }
        for (String plus : new String[] {"smi", "ld"}) {
            todo.add(new Expr.Ref(plus, null));
        }
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (e instanceof Expr.Ref r) {
                VariableDef v = set.variables().get(r.name());
                if (v != null && used.add(r.name()) && v instanceof VariableDef.Derived d) {
                    todo.add(d.expr());
                }
            } else if (e instanceof Expr.Not n) {
                todo.add(n.operand());
            } else if (e instanceof Expr.IsNull n) {
                todo.add(n.operand());
            } else if (e instanceof Expr.In in) {
                todo.add(in.operand());
                todo.addAll(in.values());
            } else if (e instanceof Expr.Call c) {
                todo.addAll(c.args());
            } else if (e instanceof Expr.Binary b) {
                todo.add(b.left());
                todo.add(b.right());
            }
        }
        Map<String, VariableDef> vars = new LinkedHashMap<>();
        Set<String> lists = new LinkedHashSet<>();
        for (Map.Entry<String, VariableDef> e : set.variables().entrySet()) {
            if (used.contains(e.getKey())) {
                vars.put(e.getKey(), e.getValue());
                lists.addAll(codelists(e.getValue()));
            }
        }
        Map<String, CodelistDef> cls = new LinkedHashMap<>();
        set.codelists().forEach((k, v) -> {
            if (lists.contains(k)) {
                cls.put(k, v);
            }
        });
        return new MeasureSet(cls, vars, set.indicators(), java.util.List.of());
    }

    private static Set<String> codelists(VariableDef v) {
        Set<String> out = new LinkedHashSet<>();
        if (v instanceof VariableDef.Register r) {
            out.add(r.codelist());
            if (r.resolved() != null) {
                out.add(r.resolved());
            }
        } else if (v instanceof VariableDef.Events e) {
            out.add(e.codelist());
        } else if (v instanceof VariableDef.Encounters e && e.diagnosis() != null) {
            out.add(e.diagnosis());
        }
        return out;
    }
}
