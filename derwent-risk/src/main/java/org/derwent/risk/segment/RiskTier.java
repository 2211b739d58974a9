package org.derwent.risk.segment;

import java.util.Arrays;

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
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        RiskTier[] tiers = new RiskTier[n];
        Arrays.fill(tiers, REST);
        RiskTier[] byWidth = {TOP_2_TO_5, TOP_0_5_TO_2, TOP_0_5};
        for (RiskTier t : byWidth) {
            int k = (int) Math.floor(t.upTo * n + 1e-9);
            if (k == 0) {
                continue;
            }
            double threshold = sorted[n - k];
            int above = n - upperBound(sorted, threshold);
            int tiesAllowed = k - above;
            for (int i = 0; i < n; i++) {
                if (scores[i] > threshold) {
                    tiers[i] = t;
                } else if (scores[i] == threshold && tiesAllowed > 0) {
                    tiers[i] = t;
                    tiesAllowed--;
                }
            }
        }
        return tiers;
    }

    /** First position in an ascending array holding a value greater than {@code v}. */
    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
