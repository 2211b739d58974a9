package org.derwent.risk.model;

import java.util.ArrayList;
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
    private final int[] groupOf;
    private final int[] firstOfGroup;
    private final String[] groupNames;

    public Explainer(FeatureSet features, int top) {
        this.features = features;
        this.top = top;
        Map<String, Integer> ids = new LinkedHashMap<>();
        groupOf = new int[features.size()];
        List<Integer> first = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            String g = features.get(j).group();
            Integer id = ids.get(g);
            if (id == null) {
                id = ids.size();
                ids.put(g, id);
                first.add(j);
            }
            groupOf[j] = id;
        }
        firstOfGroup = first.stream().mapToInt(Integer::intValue).toArray();
        groupNames = ids.keySet().toArray(String[]::new);
    }

    /** The top factors (positive contributions only) for one person's raw values and contributions. */
    public List<Factor> topFactors(double[] raw, double[] contributions) {
        double[] sum = new double[firstOfGroup.length];
        for (int j = 0; j < contributions.length; j++) {
            sum[groupOf[j]] += contributions[j];
        }
        List<Factor> out = new ArrayList<>(top);
        boolean[] used = new boolean[sum.length];
        for (int k = 0; k < top; k++) {
            int best = -1;
            for (int g = 0; g < sum.length; g++) {
                if (!used[g] && sum[g] > 1e-9 && (best < 0 || sum[g] > sum[best]
                        || (sum[g] == sum[best] && groupNames[g].compareTo(groupNames[best]) < 0))) {
                    best = g;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            int j = firstOfGroup[best];
            out.add(new Factor(label(j), value(j, raw), Math.round(sum[best] * 1000) / 1000.0));
        }
        return out;
    }

    private String label(int j) {
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
