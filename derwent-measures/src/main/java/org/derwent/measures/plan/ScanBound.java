package org.derwent.measures.plan;

import java.time.LocalDate;
import org.derwent.measures.lang.Window;

/**
 * The earliest date a scan shared by several windowed variables must read: a date on or before it (exclusive
 * bound) is in none of their windows, so the scan filters it out before grouping instead of testing every old
 * record in every CASE. Unbounded once any variable looks back over all history.
 */
final class ScanBound {
    private final LocalDate periodEnd;
    private LocalDate bound;
    private boolean unbounded;

    ScanBound(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    /** Widens the bound to cover {@code w}. */
    void add(Window w) {
        LocalDate lower = lower(w, periodEnd);
        if (lower == null) {
            unbounded = true;
        } else if (bound == null || lower.isBefore(bound)) {
            bound = lower;
        }
    }

    /** The exclusive lower bound, or null when some window is unbounded or none was added. */
    LocalDate bound() {
        return unbounded ? null : bound;
    }

    /**
     * Exclusive lower bound of a window: {@code within} before the period end, or, for death-anchored windows,
     * {@code within} before the earliest death the population keeps ({@link PopulationQuery#LOOKBACK_MONTHS} before
     * the period end). Month spans give the earlier date of the two readings of the amount, so the bound is safe.
     */
    static LocalDate lower(Window w, LocalDate periodEnd) {
        if (w.within() == null) {
            return null;
        }
        if (w.anchor() == Window.Anchor.PERIOD_END) {
            return w.within().before(periodEnd);
        }
        LocalDate earliestDeath = periodEnd.minusMonths(PopulationQuery.LOOKBACK_MONTHS);
        LocalDate byDays = earliestDeath.minusDays(w.within().amount());
        LocalDate bySpan = w.within().before(earliestDeath);
        return bySpan.isBefore(byDays) ? bySpan : byDays;
    }
}
