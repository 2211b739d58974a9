package org.derwent.measures.stats.inequality;

/**
 * An indicator's value in one deprivation quantile.
 *
 * @param quantile   1 = most deprived ... k = least deprived
 * @param population the quantile's population (> 0), used for the rank and the regression weights
 * @param value      the indicator value (already multiplied, e.g. per cent)
 * @param se         its standard error on the same scale (>= 0)
 * @param lower95    the lower 95% limit (used for the transformed-scale standard error)
 * @param upper95    the upper 95% limit
 */
public record QuantileValue(int quantile, double population, double value, double se, double lower95, double upper95) {
    /** qnorm(0.975), as PHEindicatormethods uses to turn 95% limits into a standard error. */
    public static final double Z95 = 1.959964;

    public QuantileValue {
        if (!(population > 0)) {
            throw new IllegalArgumentException("quantile " + quantile + ": population must be > 0, got " + population);
        }
        if (!Double.isFinite(value) || !(se >= 0)) {
            throw new IllegalArgumentException("quantile " + quantile + ": value " + value + " and standard error "
                    + se + " must be finite, the error >= 0");
        }
    }

    /** A quantile value whose standard error is {@code (upper95 - lower95) / (2 x 1.959964)}. */
    public static QuantileValue fromLimits(int quantile, double population, double value, double lower95, double upper95) {
        return new QuantileValue(quantile, population, value, (upper95 - lower95) / (2 * Z95), lower95, upper95);
    }
}
