package org.derwent.measures.stats;

/**
 * A two-sided confidence interval on the same scale as the estimate it belongs to.
 *
 * @param lower lower limit
 * @param upper upper limit
 * @param level confidence level, e.g. 0.95 or 0.998
 */
public record ConfidenceInterval(double lower, double upper, double level) {
    public ConfidenceInterval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower limit " + lower + " is above upper limit " + upper);
        }
    }

    /** This interval with both limits multiplied by {@code factor} (e.g. 100 for per cent). */
    public ConfidenceInterval scaled(double factor) {
        return factor >= 0 ? new ConfidenceInterval(lower * factor, upper * factor, level)
                : new ConfidenceInterval(upper * factor, lower * factor, level);
    }

    /** True when {@code value} lies within the closed interval. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
