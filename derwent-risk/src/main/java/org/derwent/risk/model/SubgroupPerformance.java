package org.derwent.risk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Discrimination and calibration in one subgroup of the test set: AUROC (NaN when a group has no events or no
 * non-events) and observed / expected events (sum of predicted risks).
 */
public record SubgroupPerformance(String breakdown, String group, int n, int events, double auroc,
        double observedOverExpected) {
    /** One row per distinct group value, in group order. */
    public static List<SubgroupPerformance> by(String breakdown, IntFunction<String> groupOf, double[] p, boolean[] y) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < p.length; i++) {
            groups.computeIfAbsent(groupOf.apply(i), k -> new ArrayList<>()).add(i);
        }
        List<SubgroupPerformance> out = new ArrayList<>();
        groups.forEach((g, idx) -> {
            double[] gp = new double[idx.size()];
            boolean[] gy = new boolean[idx.size()];
            double expected = 0;
            int events = 0;
            for (int k = 0; k < idx.size(); k++) {
                gp[k] = p[idx.get(k)];
                gy[k] = y[idx.get(k)];
                expected += gp[k];
                events += gy[k] ? 1 : 0;
            }
            out.add(new SubgroupPerformance(breakdown, g, idx.size(), events, Auroc.of(gp, gy),
                    expected > 0 ? events / expected : Double.NaN));
        });
        return out;
    }
}
