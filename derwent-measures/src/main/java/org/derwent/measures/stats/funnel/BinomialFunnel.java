package org.derwent.measures.stats.funnel;

import org.derwent.measures.stats.ConfidenceLevel;
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
        return new FunnelLimits(n, p0, exactLimit(b, n, ConfidenceLevel.P998.lowerTail()),
                exactLimit(b, n, ConfidenceLevel.P95.lowerTail()), exactLimit(b, n, ConfidenceLevel.P95.upperTail()),
                exactLimit(b, n, ConfidenceLevel.P998.upperTail()));
    }

    private static double exactLimit(BinomialDistribution b, long n, double p) {
        int r = b.inverseCumulativeProbability(p);
        double fr = b.cumulativeProbability(r);
        double fPrev = r == 0 ? 0 : b.cumulativeProbability(r - 1);
        double alpha = (fr - p) / (fr - fPrev);
        return clamp((r - alpha) / n);
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
