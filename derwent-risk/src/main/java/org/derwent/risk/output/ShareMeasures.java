package org.derwent.risk.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.derwent.risk.features.PersonFeatures;

/**
 * Population-share measures (numerator = people meeting an indicator's predicate, denominator = everyone scored)
 * by practice, PCN, Place, IMD quintile, sex and ethnicity, with Wilson 95% intervals and funnel flags for
 * practices and PCNs against the whole population's share.
 */
public final class ShareMeasures {
    private ShareMeasures() {
    }

    /** The breakdowns written, with how a person's group code is read. */
    public static Map<String, IntFunction<String>> breakdowns(List<PersonFeatures> people) {
        Map<String, IntFunction<String>> b = new LinkedHashMap<>();
        b.put("practice", i -> orUnknown(people.get(i).practiceCode()));
        b.put("pcn", i -> orUnknown(people.get(i).pcnCode()));
        b.put("place", i -> orUnknown(people.get(i).placeCode()));
        b.put("imd_quintile", i -> people.get(i).imdQuintile() == 0 ? "unknown"
                : String.valueOf(people.get(i).imdQuintile()));
        b.put("sex", i -> people.get(i).sex());
        b.put("ethnicity", i -> people.get(i).ethnicGroup());
        return b;
    }

    private static String orUnknown(String s) {
        return s == null ? "UNKNOWN" : s;
    }

    public static List<MeasureRow> build(String indicatorId, IntPredicate member, int n,
            Map<String, IntFunction<String>> breakdowns, LocalDate periodEnd, GroupNames names) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += member.test(i) ? 1 : 0;
        }
        double p0 = n == 0 ? 0 : total / (double) n;
        List<MeasureRow> rows = new ArrayList<>();
        for (Map.Entry<String, IntFunction<String>> b : breakdowns.entrySet()) {
            Map<String, long[]> counts = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                long[] c = counts.computeIfAbsent(b.getValue().apply(i), k -> new long[2]);
                c[0] += member.test(i) ? 1 : 0;
                c[1]++;
            }
            boolean funnel = b.getKey().equals("practice") || b.getKey().equals("pcn");
            counts.forEach((code, c) -> {
                double[] ci = Wilson.interval(c[0], c[1]);
                rows.add(new MeasureRow(indicatorId, periodEnd, b.getKey(), code, names.name(b.getKey(), code), c[0],
                        c[1], c[0] / (double) c[1], ci[0], ci[1], funnel ? Wilson.funnelFlag(c[0], c[1], p0) : null));
            });
        }
        return rows;
    }
}
