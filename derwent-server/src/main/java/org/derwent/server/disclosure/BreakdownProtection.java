package org.derwent.server.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.derwent.measures.disclosure.BreakdownDisclosure;
import org.derwent.measures.disclosure.DisclosedGroup;
import org.derwent.measures.disclosure.DisclosurePolicy;
import org.derwent.measures.disclosure.GroupCounts;
import org.derwent.server.store.Store;

/**
 * Disclosure control over a whole breakdown at once (the measure module's {@link BreakdownDisclosure}):
 * every group of one indicator x period x breakdown in the store, suppressed and rounded together with
 * secondary suppression, so no suppressed cell can be recovered from the total or the other groups. Computed
 * over all groups (not only those a user may see) and kept until the store's {@link Store#generation()} changes.
 */
public final class BreakdownProtection {
    private record Entry(Map<String, DisclosedGroup> groups, long generation) {
    }

    private final Store store;
    private final DisclosurePolicy policy = DisclosurePolicy.defaults();
    private final Map<List<Object>, Entry> cache = new ConcurrentHashMap<>();

    public BreakdownProtection(Store store) {
        this.store = store;
    }

    /**
     * Disclosed groups by group code, or an empty map when the breakdown cannot be treated as one table (missing
     * or fractional counts, numerator above denominator); rows then fall back to per-row control.
     */
    public Map<String, DisclosedGroup> of(String indicator, LocalDate period, String breakdown, String unit) {
        List<Object> key = List.of(indicator, period, breakdown);
        long g = store.generation();
        Entry e = cache.get(key);
        if (e == null || e.generation() != g) {
            e = new Entry(compute(indicator, period, breakdown, unit), g);
            if (cache.size() > 5_000) {
                cache.clear();
            }
            cache.put(key, e);
        }
        return e.groups();
    }

    private Map<String, DisclosedGroup> compute(String indicator, LocalDate period, String breakdown, String unit) {
        var rows = store.cachedQuery("SELECT group_code, numerator, denominator FROM measure_result WHERE indicator_id = ? "
                + "AND period_end = ? AND breakdown = ? ORDER BY group_code", List.of(indicator, period, breakdown)).rows();
        List<GroupCounts> groups = new ArrayList<>();
        for (List<Object> r : rows) {
            if (r.get(1) == null || r.get(2) == null) {
                return Map.of();
            }
            double n = ((Number) r.get(1)).doubleValue();
            double d = ((Number) r.get(2)).doubleValue();
            if (n != Math.rint(n) || d != Math.rint(d) || n > d || n < 0) {
                return Map.of();
            }
            groups.add(GroupCounts.of((String) r.get(0), (long) n, (long) d));
        }
        boolean partition = !"icb".equals(breakdown) && groups.size() > 1;
        List<DisclosedGroup> out = BreakdownDisclosure.apply(groups, partition, "proportion".equals(unit), policy,
                "per_1000".equals(unit) ? 1000 : 1);
        Map<String, DisclosedGroup> byCode = new HashMap<>();
        out.stream().filter(g -> !g.total()).forEach(g -> byCode.put(g.group(), g));
        return byCode;
    }
}
