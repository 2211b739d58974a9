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

    /** Protects one row in place for the given scope. */
    public void protect(Map<String, Object> row, Scope scope) {
        boolean stored = Boolean.TRUE.equals(row.get("suppressed"));
        if (!stored && scope.ownDirectCareRow((String) row.get("breakdown"), (String) row.get("group_code"))) {
            row.put("mark", "");
            row.put("suppressed", false);
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

    private static Long asLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
