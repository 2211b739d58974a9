package org.derwent.measures.stats.proportion;

import org.derwent.measures.stats.ConfidenceInterval;
import org.derwent.measures.stats.ConfidenceLevel;

/**
 * Wilson score interval for a binomial proportion, as PHEindicatormethods {@code wilson_lower/upper}
 * ({@code R/utils.R}; reference/methods/dsr-esp2013.md):
 * {@code (2x + z^2 ± z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2))}.
 */
public final class WilsonInterval {
    private WilsonInterval() {
    }

    /**
     * The interval for {@code x} successes out of {@code n}, as fractions in [0, 1].
     *
     * @throws IllegalArgumentException when n <= 0, x < 0 or x > n
     */
    public static ConfidenceInterval of(double x, double n, ConfidenceLevel level) {
        return of(x, n, level.z(), level.level());
    }

    /** The interval for an arbitrary two-sided normal quantile {@code z} at confidence {@code level}. */
    public static ConfidenceInterval of(double x, double n, double z, double level) {
        if (!(n > 0)) {
            throw new IllegalArgumentException("denominator must be > 0, got " + n);
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("numerator " + x + " must be between 0 and the denominator " + n);
        }
        double z2 = z * z;
        double centre = 2 * x + z2;
        double spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
        double scale = 2 * (n + z2);
        double lower = Math.max(0, (centre - spread) / scale);
        double upper = Math.min(1, (centre + spread) / scale);
        return new ConfidenceInterval(lower, upper, level);
    }
}
