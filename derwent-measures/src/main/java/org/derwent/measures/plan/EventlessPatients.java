package org.derwent.measures.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derwent.measures.lang.Builtins;
import org.derwent.measures.lang.Expr;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.lang.VariableDef;

/**
 * Decides whether a patient without any matched coded event can be in an indicator's denominator. With no event,
 * every coded-event variable has its default (registers, {@code exists} false; counts 0; dates and values null);
 * the other variables (age, sex, encounters, rates, registration, ...) are unknown. The denominator is evaluated
 * under SQL's three-valued logic; when it is certainly not true, such patients add nothing to the indicator, and a
 * run of indicators that all have this property may leave them out of the population. Only the lists of the
 * variables read count: a patient with no event in any of them has those variables at their defaults, and the
 * other variables were not needed to decide. Any doubt (an unknown value
 * the result depends on, a division, {@code greatest}/{@code least} over a null) answers "may be in".
 */
public final class EventlessPatients {
    /** An unknown value (depends on something other than coded events). */
    private static final Object UNKNOWN = new Object();
    /** SQL null. */
    private static final Object NULL = new Object();

    private final MeasureSet set;
    private final Map<String, Object> memo = new HashMap<>();
    /** The codelists of the coded-event variables the evaluation read. */
    private final java.util.Set<String> lists = new java.util.TreeSet<>();

    private EventlessPatients(MeasureSet set) {
        this.set = set;
    }

    /** True when, for every indicator given, a patient without any matched coded event is not in the denominator. */
    public static boolean allNeedEvents(MeasureSet set, List<IndicatorDef> indicators) {
        return neededLists(set, indicators) != null;
    }

    /**
     * The codelists a patient needs an event of (any one) to be in some denominator of the indicators given: the lists
     * of the register (diagnosis list) and coded-event variables the denominators were decided on. Null when a patient
     * without such events may be in a denominator.
     */
    public static java.util.Set<String> neededLists(MeasureSet set, List<IndicatorDef> indicators) {
        EventlessPatients e = new EventlessPatients(set);
        boolean all = !indicators.isEmpty() && indicators.stream().allMatch(i -> {
            Object c = e.condition(i.denominator());
            return c == NULL || Boolean.FALSE.equals(c);
        });
        return all ? java.util.Set.copyOf(e.lists) : null;
    }

    private Object condition(Expr e) {
        Object v = value(e);
        return v instanceof Double d ? (Object) (d == 1.0) : v instanceof Boolean ? v : v == NULL ? NULL : UNKNOWN;
    }

    private Object value(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value();
        } else if (e instanceof Expr.Str s) {
            return s.value();
        } else if (e instanceof Expr.Bool b) {
            return b.value() ? 1.0 : 0.0;
        } else if (e instanceof Expr.Ref r) {
            return ref(r.name());
        } else if (e instanceof Expr.Not n) {
            Object c = condition(n.operand());
            return c instanceof Boolean b ? bool(!b) : c;
        } else if (e instanceof Expr.IsNull n) {
            Object v = value(n.operand());
            return v == UNKNOWN ? UNKNOWN : bool((v == NULL) != n.negated());
        } else if (e instanceof Expr.In in) {
            return in(in);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        return UNKNOWN;
    }

    private Object ref(String name) {
        if (Builtins.isBuiltin(name)) {
            return UNKNOWN;
        }
        if (memo.containsKey(name)) {
            return memo.get(name);
        }
        memo.put(name, UNKNOWN); // guards against cycles (the checker rejects them anyway)
        VariableDef v = set.variables().get(name);
        Object out;
        if (v instanceof VariableDef.Register reg) {
            lists.add(reg.codelist()); // no diagnosis event: not on the register, whatever the resolved codes
            out = 0.0;
        } else if (v instanceof VariableDef.Events ev) {
            lists.add(ev.codelist());
            out = switch (ev.aggregate()) {
                case EXISTS, COUNT, DISTINCT_CODES -> 0.0;
                default -> NULL;
            };
        } else if (v instanceof VariableDef.Derived d) {
            out = value(d.expr());
        } else {
            out = UNKNOWN;
        }
        memo.put(name, out);
        return out;
    }

    private Object in(Expr.In in) {
        Object x = value(in.operand());
        if (x == UNKNOWN) {
            return UNKNOWN;
        }
        boolean sawNull = false;
        for (Expr item : in.values()) {
            Object v = value(item);
            if (v == UNKNOWN) {
                return UNKNOWN;
            }
            sawNull |= v == NULL;
            if (x != NULL && v != NULL && x.equals(v)) {
                return 1.0;
            }
        }
        return x == NULL || sawNull ? NULL : 0.0;
    }

    private Object call(Expr.Call c) {
        if (c.function().equalsIgnoreCase("coalesce")) {
            for (Expr a : c.args()) {
                Object v = value(a);
                if (v != NULL) {
                    return v;
                }
            }
            return NULL;
        }
        Double best = null;
        for (Expr a : c.args()) {
            if (!(value(a) instanceof Double d)) {
                return UNKNOWN;
            }
            boolean greatest = c.function().equalsIgnoreCase("greatest");
            best = best == null || (greatest ? d > best : d < best) ? d : best;
        }
        return best == null ? UNKNOWN : best;
    }

    private Object binary(Expr.Binary b) {
        if (b.op() == Expr.Op.AND || b.op() == Expr.Op.OR) {
            Object l = condition(b.left());
            Object r = condition(b.right());
            Boolean dominant = b.op() == Expr.Op.OR;
            if (dominant.equals(l) || dominant.equals(r)) {
                return bool(dominant);
            }
            if (l == UNKNOWN || r == UNKNOWN) {
                return UNKNOWN;
            }
            return l == NULL || r == NULL ? NULL : bool(!dominant);
        }
        Object l = value(b.left());
        Object r = value(b.right());
        if (l == UNKNOWN || r == UNKNOWN) {
            return UNKNOWN;
        }
        if (l == NULL || r == NULL) {
            return NULL;
        }
        if (l instanceof Double x && r instanceof Double y) {
            return switch (b.op()) {
                case EQ -> bool(x.equals(y));
                case NE -> bool(!x.equals(y));
                case LT -> bool(x < y);
                case LE -> bool(x <= y);
                case GT -> bool(x > y);
                case GE -> bool(x >= y);
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                default -> UNKNOWN; // division: engines differ on zero
            };
        }
        if (l instanceof String x && r instanceof String y && b.op() == Expr.Op.EQ) {
            return bool(x.equals(y));
        }
        if (l instanceof String x && r instanceof String y && b.op() == Expr.Op.NE) {
            return bool(!x.equals(y));
        }
        return UNKNOWN;
    }

    private static Object bool(boolean b) {
        return b ? 1.0 : 0.0;
    }
}
