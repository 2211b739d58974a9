package org.derwent.synth.demography;

import java.util.Map;
import java.util.SplittableRandom;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.footprint.Lsoa;

/**
 * NHS ethnic category for a resident of an LSOA. The configuration carries Census 2021 counts in five groups;
 * each group is split into NHS categories with the England and Wales Census 2021 shares within the group
 * (Chinese, counted under "Asian" in the census, maps to NHS category R). 4% of records are Z (not stated),
 * as in GP data.
 */
public final class EthnicityMix {
    static final double NOT_STATED = 0.04;
    private static final Map<String, Object[]> SPLIT = Map.of(
            "white", new Object[] {new EthnicCategory[] {EthnicCategory.A, EthnicCategory.B, EthnicCategory.C}, new double[] {0.91, 0.011, 0.079}},
            "mixed", new Object[] {new EthnicCategory[] {EthnicCategory.D, EthnicCategory.E, EthnicCategory.F, EthnicCategory.G}, new double[] {0.30, 0.17, 0.27, 0.26}},
            "asian", new Object[] {new EthnicCategory[] {EthnicCategory.H, EthnicCategory.J, EthnicCategory.K, EthnicCategory.R, EthnicCategory.L}, new double[] {0.33, 0.29, 0.12, 0.08, 0.18}},
            "black", new Object[] {new EthnicCategory[] {EthnicCategory.N, EthnicCategory.M, EthnicCategory.P}, new double[] {0.62, 0.25, 0.13}},
            "other", new Object[] {new EthnicCategory[] {EthnicCategory.S}, new double[] {1.0}});
    private static final String[] GROUPS = {"white", "mixed", "asian", "black", "other"};

    private final EthnicCategory[] cats = new EthnicCategory[17];
    private final double[] cum = new double[17];
    private int size;

    public EthnicityMix(Lsoa lsoa) {
        Map<String, Double> counts = lsoa.ethnicity();
        double total = 0;
        for (String g : GROUPS) {
            total += counts.getOrDefault(g, 0.0);
        }
        double acc = 0;
        for (String g : GROUPS) {
            double share = total == 0 ? (g.equals("white") ? 1 : 0) : counts.getOrDefault(g, 0.0) / total;
            Object[] split = SPLIT.get(g);
            EthnicCategory[] c = (EthnicCategory[]) split[0];
            double[] w = (double[]) split[1];
            for (int i = 0; i < c.length; i++) {
                acc += share * w[i] * (1 - NOT_STATED);
                cats[size] = c[i];
                cum[size++] = acc;
            }
        }
        cats[size] = EthnicCategory.Z;
        cum[size++] = acc + NOT_STATED;
    }

    public EthnicCategory draw(SplittableRandom rng) {
        double u = rng.nextDouble() * cum[size - 1];
        for (int i = 0; i < size; i++) {
            if (u < cum[i]) {
                return cats[i];
            }
        }
        return cats[size - 1];
    }
}
