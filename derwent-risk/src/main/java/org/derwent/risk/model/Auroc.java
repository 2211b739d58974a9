package org.derwent.risk.model;

import java.util.Arrays;
import java.util.Comparator;

/** Area under the ROC curve by the Mann-Whitney rank sum (tied scores share their average rank). */
public final class Auroc {
    private Auroc() {
    }

    /** AUROC, or NaN when there are no events or no non-events. */
    public static double of(double[] p, boolean[] y) {
        int n = p.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double rankSumEvents = 0;
        long events = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]]) {
                    rankSumEvents += avgRank;
                    events++;
                }
            }
            i = j + 1;
        }
        long nonEvents = n - events;
        if (events == 0 || nonEvents == 0) {
            return Double.NaN;
        }
        return (rankSumEvents - events * (events + 1) / 2.0) / ((double) events * nonEvents);
    }
}
