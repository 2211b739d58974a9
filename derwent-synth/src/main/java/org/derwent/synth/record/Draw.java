package org.derwent.synth.record;

import java.util.SplittableRandom;

/** Random draws used by the record writers. */
final class Draw {
    private Draw() {
    }

    /** Poisson variate (inversion for small means, normal approximation above 30). */
    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = rng.nextDouble();
        while (p > l) {
            k++;
            p *= rng.nextDouble();
        }
        return k;
    }

    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    static double normal(SplittableRandom rng, double mean, double sd) {
        return mean + sd * rng.nextGaussian();
    }

    static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }

    /** A uniform day in [from, to] (to &gt;= from). */
    static int day(SplittableRandom rng, int from, int to) {
        return to <= from ? from : from + rng.nextInt(to - from + 1);
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Sorted uniform days in [from, to]. */
    static int[] days(SplittableRandom rng, int n, int from, int to) {
        int[] d = new int[n];
        for (int i = 0; i < n; i++) {
            d[i] = day(rng, from, to);
        }
        java.util.Arrays.sort(d);
        return d;
    }
}
