package org.derwent.risk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.risk.features.Feature;
import org.derwent.risk.features.FeatureSet;

/**
 * Turns per-feature contributions into a person's top factors: contributions are summed by feature group (age
 * and age squared; the deprivation dummies), and the groups that raise the risk most are kept, largest first.
 */
public final class Explainer {
    private final FeatureSet features;
    private final int top;

    public Explainer(FeatureSet features, int top) {
        this.features = features;
        this.top = top;
    }

    /** The top factors (positive contributions only) for one person's raw values and contributions. */
    public List<Factor> topFactors(double[] raw, double[] contributions) {
        Map<String, Double> byGroup = new LinkedHashMap<>();
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int j = 0; j < features.size(); j++) {
            Feature f = features.get(j);
            byGroup.merge(f.group(), contributions[j], Double::sum);
            first.putIfAbsent(f.group(), j);
        }
        List<Factor> out = new ArrayList<>();
        byGroup.entrySet().stream().filter(e -> e.getValue() > 1e-9)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top).forEach(e -> {
                    int j = first.get(e.getKey());
                    out.add(new Factor(label(j, raw), value(j, raw), Math.round(e.getValue() * 1000) / 1000.0));
                });
        return out;
    }

    private String label(int j, double[] raw) {
        Feature f = features.get(j);
        return f.group().equals("deprivation") ? "deprivation" : f.label();
    }

    private String value(int j, double[] raw) {
        Feature f = features.get(j);
        if (f.group().equals("deprivation")) {
            for (int q = 1; q <= 4; q++) {
                int k = features.indexOf("imd_q" + q);
                if (k >= 0 && raw[k] > 0.5) {
                    return "IMD quintile " + q;
                }
            }
            int unknown = features.indexOf("imd_unknown");
            return unknown >= 0 && raw[unknown] > 0.5 ? "unknown" : "IMD quintile 5";
        }
        return switch (f.kind()) {
            case BINARY -> raw[j] > 0.5 ? "yes" : "no";
            case COUNT -> String.valueOf(Math.round(raw[j]));
            case NUMERIC -> raw[j] == Math.rint(raw[j]) ? String.valueOf((long) raw[j])
                    : String.format(java.util.Locale.ROOT, "%.2f", raw[j]);
        };
    }
}
