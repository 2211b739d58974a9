package org.derwent.measures.stats.funnel;

import org.derwent.measures.stats.ConfidenceLevel;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Funnel limits for a proportion with target p0 (reference/methods/funnel-plots.md).
 * <ul>
 *   <li>{@link #exact}: Spiegelhalter (2005) interpolated exact binomial limits: r_p = smallest r with
 *       F(r) >= p, {@code alpha = (F(r_p) - p) / (F(r_p) - F(r_p - 1))}, limit = {@code (r_p - alpha) / n};</li>
 *   <li>{@link #normal}: {@code p0 ± z sqrt(phi p0 (1 - p0) / n)} (phi = 1 unadjusted, else the multiplicative
 *       over-dispersion factor);</li>
 *   <li>{@link #arcsine}: FunnelPlotR "PR": {@code sin(asin(sqrt p0) ± z sqrt(1/(4n) + tau2))^2}, the angle
 *       clamped to [0, pi/2].</li>
 * </ul>
 * All limits are clamped to [0, 1].
 */
public final class BinomialFunnel {
    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);
    private static final int MAX_STEPS = 64;

    private BinomialFunnel() {
    }

    /** Interpolated exact binomial limits for whole-number denominator {@code n} >= 1. */
    public static FunnelLimits exact(long n, double p0) {
        checkTarget(p0);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("denominator must be a whole number >= 1, got " + n);
        }
        if (p0 == 0 || p0 == 1) {
            return new FunnelLimits(n, p0, p0, p0, p0, p0);
        }
        BinomialDistribution b = new BinomialDistribution((int) n, p0);
        return new FunnelLimits(n, p0, exactLimit(b, n, p0, ConfidenceLevel.P998.lowerTail()),
                exactLimit(b, n, p0, ConfidenceLevel.P95.lowerTail()), exactLimit(b, n, p0, ConfidenceLevel.P95.upperTail()),
                exactLimit(b, n, p0, ConfidenceLevel.P998.upperTail()));
    }

    private static double exactLimit(BinomialDistribution b, long n, double p0, double p) {
        int[] r = new int[1];
        double[] f = new double[2];
        if (!quantileByWalk(b, (int) n, p0, p, r, f)) {
            r[0] = b.inverseCumulativeProbability(p);
            f[0] = b.cumulativeProbability(r[0]);
            f[1] = r[0] == 0 ? 0 : b.cumulativeProbability(r[0] - 1);
        }
        double alpha = (f[0] - p) / (f[0] - f[1]);
        return clamp((r[0] - alpha) / n);
    }

    /**
     * The smallest r with F(r) >= p, found from a normal-approximation guess by walking the probability mass
     * recurrence (a few steps instead of a bisection); false when the walk cannot be trusted (mass underflow).
     * On success r[0] = r, f[0] = F(r), f[1] = F(r - 1).
     */
    static boolean quantileByWalk(BinomialDistribution b, int n, double p0, double p, int[] r, double[] f) {
        double q0 = 1 - p0;
        double guess = n * p0 + NORMAL.inverseCumulativeProbability(p) * Math.sqrt(n * p0 * q0);
        int k = (int) Math.max(0, Math.min(n, Math.floor(guess)));
        double cdf = b.cumulativeProbability(k);
        double pmf = b.probability(k);
        for (int steps = 0; steps <= MAX_STEPS; steps++) {
            if (!(pmf > 0)) {
                return false;
            }
            if (cdf < p && k < n) {
                pmf = pmf * (n - k) / (k + 1) * p0 / q0;
                k++;
                cdf += pmf;
            } else if (k > 0 && cdf - pmf >= p) {
                cdf -= pmf;
                pmf = pmf * k / (n - k + 1) * q0 / p0;
                k--;
            } else {
                r[0] = k;
                f[0] = Math.min(1, cdf);
                f[1] = k == 0 ? 0 : Math.max(0, cdf - pmf);
                return true;
            }
        }
        return false;
    }

    /** Normal-approximation limits, variance inflated by {@code phi} (1 for none). */
    public static FunnelLimits normal(double n, double p0, double phi) {
        checkTarget(p0);
        double se = Math.sqrt(phi * p0 * (1 - p0) / n);
        return new FunnelLimits(n, p0, clamp(p0 - ConfidenceLevel.P998.z() * se), clamp(p0 - ConfidenceLevel.P95.z() * se),
                clamp(p0 + ConfidenceLevel.P95.z() * se), clamp(p0 + ConfidenceLevel.P998.z() * se));
    }

    /** Arcsine (variance-stabilised) limits with additive random-effects variance {@code tau2} (0 for none). */
    public static FunnelLimits arcsine(double n, double p0, double tau2) {
        checkTarget(p0);
        double centre = Math.asin(Math.sqrt(p0));
        double sd = Math.sqrt(1 / (4 * n) + tau2);
        return new FunnelLimits(n, p0, angle(centre - ConfidenceLevel.P998.z() * sd), angle(centre - ConfidenceLevel.P95.z() * sd),
                angle(centre + ConfidenceLevel.P95.z() * sd), angle(centre + ConfidenceLevel.P998.z() * sd));
    }

    private static double angle(double a) {
        double s = Math.sin(Math.max(0, Math.min(Math.PI / 2, a)));
        return s * s;
    }

    private static void checkTarget(double p0) {
        if (!(p0 >= 0 && p0 <= 1)) {
            throw new IllegalArgumentException("target proportion must be in [0, 1], got " + p0);
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
