package org.derwent.server.disclosure;

import java.util.Map;
import org.derwent.server.scope.Scope;

/**
 * Applies disclosure control to result rows (maps with {@code numerator}, {@code denominator}, {@code value},
 * {@code lower_95}, {@code upper_95}, {@code breakdown}, {@code group_code}). A suppressed row loses its
 * numerator, value and interval; every row gains a {@code mark}: {@code "*"} suppressed, {@code "~"} counts
 * rounded, {@code ""} unprotected (the user's own direct-care population).
 */
public final class ResultRows {
    private final Disclosure disclosure;

    public ResultRows(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    /** Protects one row in place for the given scope with per-row (primary) control. */
    public void protect(Map<String, Object> row, Scope scope) {
        protect(row, scope, null);
    }

    /**
     * Protects one row in place; {@code group}, when given, is the row's cell from disclosure control over its
     * whole breakdown (with secondary suppression), used instead of per-row control.
     */
    public void protect(Map<String, Object> row, Scope scope, org.derwent.measures.disclosure.DisclosedGroup group) {
        boolean stored = Boolean.TRUE.equals(row.get("suppressed"));
        if (!stored && scope.ownDirectCareRow((String) row.get("breakdown"), (String) row.get("group_code"))) {
            row.put("numerator", asLong(row.get("numerator")));
            row.put("denominator", asLong(row.get("denominator")));
            row.put("mark", "");
            row.put("suppressed", false);
            return;
        }
        if (group != null && !stored) {
            if (group.anySuppressed()) {
                row.put("numerator", null);
                row.put("denominator", group.denominator().filter(c -> !c.isSuppressed()).map(c -> c.value().getAsLong()).orElse(null));
                row.put("value", null);
                row.put("lower_95", null);
                row.put("upper_95", null);
                row.put("suppressed", true);
                row.put("mark", "*");
            } else {
                row.put("numerator", group.numerator().value().getAsLong());
                row.put("denominator", group.denominator().map(c -> c.value().getAsLong()).orElse(null));
                if (group.value().isPresent()) {
                    row.put("value", group.value().getAsDouble());
                }
                row.put("suppressed", false);
                row.put("mark", "~");
            }
            return;
        }
        Long num = asLong(row.get("numerator"));
        Long den = asLong(row.get("denominator"));
        var n = num == null ? null : disclosure.protect(num);
        var d = den == null ? null : disclosure.protect(den);
        boolean suppress = stored || (n != null && n.suppressed()) || (d != null && d.suppressed());
        if (suppress) {
            row.put("numerator", null);
            row.put("denominator", d == null || d.suppressed() ? null : d.value());
            row.put("value", null);
            row.put("lower_95", null);
            row.put("upper_95", null);
            row.put("suppressed", true);
            row.put("mark", "*");
        } else {
            row.put("numerator", n == null ? null : n.value());
            row.put("denominator", d == null ? null : d.value());
            row.put("suppressed", false);
            row.put("mark", "~");
        }
    }

    /** Counts as whole numbers (the engine may store them as DOUBLE). */
    private static Long asLong(Object o) {
        return o == null ? null : Math.round(((Number) o).doubleValue());
    }
}
