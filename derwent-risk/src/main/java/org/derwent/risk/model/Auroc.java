package org.derwent.risk.model;

import java.util.Arrays;

/**
 * Area under the ROC curve: the probability that an event scores above a non-event, ties counting one half
 * (Mann-Whitney). Computed on sorted primitive arrays of event and non-event scores.
 */
public final class Auroc {
    private Auroc() {
    }

    /** AUROC, or NaN when there are no events or no non-events. */
    public static double of(double[] p, boolean[] y) {
        int events = 0;
        for (boolean b : y) {
            events += b ? 1 : 0;
        }
        int nonEvents = p.length - events;
        if (events == 0 || nonEvents == 0) {
            return Double.NaN;
        }
        double[] e = new double[events];
        double[] ne = new double[nonEvents];
        int a = 0;
        int b = 0;
        for (int i = 0; i < p.length; i++) {
            if (y[i]) {
                e[a++] = p[i];
            } else {
                ne[b++] = p[i];
            }
        }
        Arrays.sort(e);
        Arrays.sort(ne);
        double wins = 0;
        int below = 0;
        int upTo = 0;
        for (double v : e) {
            while (below < nonEvents && ne[below] < v) {
                below++;
            }
            upTo = Math.max(upTo, below);
            while (upTo < nonEvents && ne[upTo] == v) {
                upTo++;
            }
            wins += below + 0.5 * (upTo - below);
        }
        return wins / ((double) events * nonEvents);
    }
}
