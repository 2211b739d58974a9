package org.derwent.measures.stats.funnel;

import org.derwent.measures.stats.ConfidenceLevel;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Funnel limits for a ratio O/E (or a rate, with E = target rate x population) around {@code target}; E is the
 * count expected if the unit were on target
 * (reference/methods/funnel-plots.md §e, f):
 * <ul>
 *   <li>{@link #exact}: FunnelPlotR unadjusted SR, {@code target qchisq(p, 2E)/2/E} below and
 *       {@code target qchisq(p, 2(E+1))/2/E} above, p = 0.001, 0.025, 0.975, 0.999;</li>
 *   <li>{@link #normal}: {@code target (1 ± z sqrt(phi / E))} (multiplicative over-dispersion);</li>
 *   <li>{@link #additive}: CQC random effects on the square-root scale,
 *       {@code target (1 ± z sqrt(1/(4E) + tau2))^2}.</li>
 * </ul>
 */
public final class PoissonFunnel {
    private PoissonFunnel() {
    }

    /** Exact Poisson limits at expected count {@code expected} > 0. */
    public static FunnelLimits exact(double expected, double target) {
        check(expected);
        return new FunnelLimits(expected, target, lower(expected, target, ConfidenceLevel.P998),
                lower(expected, target, ConfidenceLevel.P95), upper(expected, target, ConfidenceLevel.P95),
                upper(expected, target, ConfidenceLevel.P998));
    }

    private static double lower(double e, double target, ConfidenceLevel level) {
        return target * new ChiSquaredDistribution(2 * e).inverseCumulativeProbability(level.lowerTail()) / 2 / e;
    }

    private static double upper(double e, double target, ConfidenceLevel level) {
        return target * new ChiSquaredDistribution(2 * (e + 1)).inverseCumulativeProbability(level.upperTail()) / 2 / e;
    }

    /** Normal-approximation limits with variance inflated by {@code phi} (1 for none), floored at 0. */
    public static FunnelLimits normal(double expected, double target, double phi) {
        check(expected);
        double se = Math.sqrt(phi / expected);
        return new FunnelLimits(expected, target, target * Math.max(0, 1 - ConfidenceLevel.P998.z() * se),
                target * Math.max(0, 1 - ConfidenceLevel.P95.z() * se), target * (1 + ConfidenceLevel.P95.z() * se),
                target * (1 + ConfidenceLevel.P998.z() * se));
    }

    /**
     * Square-root-scale limits with additive random-effects variance {@code tau2} (CQC method):
     * {@code target max(0, 1 ± z sqrt(1/(4E) + tau2))^2}.
     */
    public static FunnelLimits additive(double expected, double target, double tau2) {
        check(expected);
        double sd = Math.sqrt(1 / (4 * expected) + tau2);
        return new FunnelLimits(expected, target, sq(target, -ConfidenceLevel.P998.z() * sd),
                sq(target, -ConfidenceLevel.P95.z() * sd), sq(target, ConfidenceLevel.P95.z() * sd),
                sq(target, ConfidenceLevel.P998.z() * sd));
    }

    private static double sq(double target, double shift) {
        double root = Math.max(0, 1 + shift);
        return target * root * root;
    }

    private static void check(double expected) {
        if (!(expected > 0) || Double.isInfinite(expected)) {
            throw new IllegalArgumentException("expected count must be > 0, got " + expected);
        }
    }
}
