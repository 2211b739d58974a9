package org.derwent.risk.segment;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Risk tiers by rank of the score in the scored population: the top 0.5%, the next 0.5-2%, 2-5%, and the rest.
 * With n people ranked 1..n (highest score first; ties broken by cohort order, i.e. person id), rank r is in the
 * top 0.5% when r <= floor(0.005 n), in 0.5-2% when r <= floor(0.02 n), in 2-5% when r <= floor(0.05 n).
 */
public enum RiskTier {
    TOP_0_5("top 0.5%", 0.005, 1),
    TOP_0_5_TO_2("0.5-2%", 0.02, 2),
    TOP_2_TO_5("2-5%", 0.05, 3),
    REST("rest", 1.0, 4);

    private final String label;
    private final double upTo;
    private final int rank;

    RiskTier(String label, double upTo, int rank) {
        this.label = label;
        this.upTo = upTo;
        this.rank = rank;
    }

    public String label() {
        return label;
    }

    /** 1 for the highest tier. */
    public int rank() {
        return rank;
    }

    /** Whether the tier is inside the top 5%. */
    public boolean top5() {
        return this != REST;
    }

    /** The tier of every score (same order as the input). */
    public static RiskTier[] assign(double[] scores) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        RiskTier[] tiers = new RiskTier[n];
        for (int r = 1; r <= n; r++) {
            tiers[order[r - 1]] = ofRank(r, n);
        }
        return tiers;
    }

    static RiskTier ofRank(int r, int n) {
        for (RiskTier t : values()) {
            if (t == REST || r <= (long) Math.floor(t.upTo * n + 1e-9)) {
                return t;
            }
        }
        return REST;
    }
}
