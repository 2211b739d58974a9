package org.derwent.server.stats;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Funnel-plot control limits for a proportion around a centre line, by exact binomial quantiles with
 * Spiegelhalter's interpolation (reference/methods/funnel-plots.md), at 95% and 99.8%, evaluated at a grid of
 * denominators for drawing.
 */
public final class FunnelLimits {
    /** Limits at one denominator. */
    public record Limit(long denominator, double lower998, double lower95, double upper95, double upper998) {
    }

    private FunnelLimits() {
    }

    private static final java.util.Map<List<Object>, List<Limit>> CURVES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Limits at about 60 denominators from {@code minDen} to {@code maxDen} (log spaced); memoised. */
    public static List<Limit> curve(double centre, long minDen, long maxDen) {
        if (CURVES.size() > 5_000) {
            CURVES.clear();
        }
        return CURVES.computeIfAbsent(List.of(centre, minDen, maxDen), k -> compute(centre, minDen, maxDen));
    }

    private static List<Limit> compute(double centre, long minDen, long maxDen) {
        List<Limit> out = new ArrayList<>();
        long lo = Math.max(1, minDen);
        long hi = Math.max(lo + 1, maxDen);
        long last = -1;
        for (int i = 0; i <= 60; i++) {
            long n = Math.round(Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * i / 60.0));
            if (n != last) {
                out.add(at(centre, n));
                last = n;
            }
        }
        return List.copyOf(out);
    }

    /** Limits at denominator {@code n}. */
    public static Limit at(double centre, long n) {
        return new Limit(n, limit(centre, n, 0.001), limit(centre, n, 0.025), limit(centre, n, 0.975),
                limit(centre, n, 0.999));
    }

    static double limit(double p, long n, double prob) {
        double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
        BinomialDistribution b = new BinomialDistribution((int) n, q);
        int r = b.inverseCumulativeProbability(prob);
        double below = r > 0 ? b.cumulativeProbability(r - 1) : 0;
        double at = b.cumulativeProbability(r);
        double alpha = at - below == 0 ? 0 : (at - prob) / (at - below);
        return Math.max(0, Math.min(1, (r - alpha) / n));
    }
}
