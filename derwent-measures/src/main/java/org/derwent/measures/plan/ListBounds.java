package org.derwent.measures.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.measures.lang.VariableDef;

/**
 * For each codelist, the date on or before which none of its events can matter to any variable at any period end
 * of a run (the earliest one, for a series), so the event match leaves them out. A list read by a register, a
 * count or earliest date over all history, or a latest value without a window has no bound. The person-list
 * shortcuts stay exact: an event older than every window is never the latest one inside a window.
 */
public final class ListBounds {
    private ListBounds() {
    }

    /** List id to exclusive lower bound; lists not in the map are matched over all history. */
    public static Map<Integer, LocalDate> of(MeasureSet set, CodeTable codes, LocalDate earliestPeriodEnd) {
        Map<Integer, LocalDate> bounds = new TreeMap<>();
        Set<Integer> unbounded = new TreeSet<>();
        for (VariableDef v : set.variables().values()) {
            if (v instanceof VariableDef.Register r) {
                unbounded.add(codes.id(r.codelist()));
                if (r.resolved() != null) {
                    unbounded.add(codes.id(r.resolved()));
                }
            } else if (v instanceof VariableDef.Events e) {
                int id = codes.id(e.codelist());
                LocalDate lower = ScanBound.lower(e.window(), earliestPeriodEnd);
                if (lower == null) {
                    unbounded.add(id);
                } else {
                    bounds.merge(id, lower, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        unbounded.forEach(bounds::remove);
        return bounds;
    }
}
