package org.derwent.measures.stats.funnel;

import java.util.Arrays;
import java.util.List;

/**
 * Over-dispersion of units around a funnel's target (Spiegelhalter 2005 QSHC; FunnelPlotR
 * {@code od_adjustment.R}; reference/methods/funnel-plots.md §f). z-scores are winsorised at their 10th and
 * 90th percentiles (R type-7 quantiles), {@code phi = mean(z_w^2)} and
 * {@code tau2 = max(0, (n phi - (n - 1)) / (sum w - sum w^2 / sum w))} with {@code w = 1/s^2}.
 *
 * @param units number of units
 * @param phi   the dispersion factor (1 = none)
 * @param tau2  the additive between-unit variance on the transformed scale (0 = none)
 */
public record Overdispersion(int units, double phi, double tau2) {
    private static final double TRIM = 0.1;

    /** No over-dispersion. */
    public static Overdispersion none(int units) {
        return new Overdispersion(units, 1, 0);
    }

    /**
     * Proportions on the arcsine scale (FunnelPlotR "PR"): {@code z = (asin sqrt(O/n) - asin sqrt(p0)) / s},
     * {@code s = 1/(2 sqrt n)}. phi from these z-scores is also used for the multiplicative adjustment.
     */
    public static Overdispersion proportions(List<FunnelUnit> units, double p0) {
        double centre = Math.asin(Math.sqrt(p0));
        double[] z = new double[units.size()];
        double[] s = new double[units.size()];
        for (int i = 0; i < z.length; i++) {
            FunnelUnit u = units.get(i);
            s[i] = 1 / (2 * Math.sqrt(u.denominator()));
            z[i] = (Math.asin(Math.sqrt(Math.min(1, u.ratio()))) - centre) / s[i];
        }
        return estimate(z, s);
    }

    /**
     * Ratios or rates on the square-root scale (CQC): {@code z = (sqrt(O/E) - 1) / s}, {@code s = 1/(2 sqrt E)},
     * where E is each unit's count expected on target.
     *
     * @param observed observed counts
     * @param expected counts expected on target, each > 0
     */
    public static Overdispersion ratios(double[] observed, double[] expected) {
        double[] z = new double[observed.length];
        double[] s = new double[observed.length];
        for (int i = 0; i < z.length; i++) {
            s[i] = 1 / (2 * Math.sqrt(expected[i]));
            z[i] = (Math.sqrt(observed[i] / expected[i]) - 1) / s[i];
        }
        return estimate(z, s);
    }

    static Overdispersion estimate(double[] z, double[] s) {
        int n = z.length;
        if (n < 2) {
            return none(n);
        }
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double lo = quantile7(sorted, TRIM);
        double hi = quantile7(sorted, 1 - TRIM);
        double sumZ2 = 0;
        double sumW = 0;
        double sumW2 = 0;
        for (int i = 0; i < n; i++) {
            double zw = Math.max(lo, Math.min(hi, z[i]));
            sumZ2 += zw * zw;
            double w = 1 / (s[i] * s[i]);
            sumW += w;
            sumW2 += w * w;
        }
        double phi = sumZ2 / n;
        double tau2 = n * phi < n - 1 ? 0 : Math.max(0, (n * phi - (n - 1)) / (sumW - sumW2 / sumW));
        return new Overdispersion(n, phi, tau2);
    }

    /** R's type-7 quantile of sorted values. */
    static double quantile7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
