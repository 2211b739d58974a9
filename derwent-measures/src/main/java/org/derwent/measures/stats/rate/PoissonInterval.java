package org.derwent.measures.stats.rate;

import org.derwent.measures.stats.ConfidenceInterval;
import org.derwent.measures.stats.ConfidenceLevel;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Confidence intervals for an observed Poisson count O (reference/methods/dsr-esp2013.md):
 * <ul>
 *   <li>exact: {@code O_L = qchisq(a/2, 2O)/2}, {@code O_U = qchisq(1-a/2, 2(O+1))/2} ({@code O_L = 0} when O = 0);</li>
 *   <li>Byar: {@code O_L = O(1 - 1/(9O) - z/(3 sqrt O))^3},
 *       {@code O_U = (O+1)(1 - 1/(9(O+1)) + z/(3 sqrt(O+1)))^3} (PHEindicatormethods {@code byars_lower/upper};
 *       {@code O_L = 0} when O = 0).</li>
 * </ul>
 */
public final class PoissonInterval {
    private PoissonInterval() {
    }

    /** The interval for the count {@code observed} (>= 0) by {@code method}. */
    public static ConfidenceInterval of(double observed, ConfidenceLevel level, PoissonMethod method) {
        if (!(observed >= 0) || Double.isInfinite(observed)) {
            throw new IllegalArgumentException("observed count must be >= 0, got " + observed);
        }
        return method == PoissonMethod.EXACT ? exact(observed, level) : byar(observed, level);
    }

    /** Exact (Garwood) limits. */
    public static ConfidenceInterval exact(double o, ConfidenceLevel level) {
        double lower = o == 0 ? 0 : new ChiSquaredDistribution(2 * o).inverseCumulativeProbability(level.lowerTail()) / 2;
        double upper = new ChiSquaredDistribution(2 * (o + 1)).inverseCumulativeProbability(level.upperTail()) / 2;
        return new ConfidenceInterval(lower, upper, level.level());
    }

    /** Byar's approximation. */
    public static ConfidenceInterval byar(double o, ConfidenceLevel level) {
        double z = level.z();
        double lower = o == 0 ? 0 : o * Math.pow(1 - 1 / (9 * o) - z / (3 * Math.sqrt(o)), 3);
        double u = o + 1;
        double upper = u * Math.pow(1 - 1 / (9 * u) + z / (3 * Math.sqrt(u)), 3);
        return new ConfidenceInterval(Math.max(0, lower), upper, level.level());
    }
}
