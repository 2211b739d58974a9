package org.derwent.measures.stats.proportion;

import org.derwent.measures.stats.ConfidenceInterval;
import org.derwent.measures.stats.ConfidenceLevel;

/**
 * A proportion with its Wilson score 95% confidence interval ({@link WilsonInterval}).
 *
 * @param numerator   count meeting the criterion
 * @param denominator count eligible (> 0)
 * @param value       numerator / denominator, a fraction in [0, 1]
 * @param ci95        Wilson 95% interval, fractions in [0, 1]
 */
public record Proportion(double numerator, double denominator, double value, ConfidenceInterval ci95) {

    /**
     * The proportion {@code numerator / denominator} with its Wilson 95% interval.
     *
     * @throws IllegalArgumentException when the denominator is not positive or the numerator is outside [0, denominator]
     */
    public static Proportion of(double numerator, double denominator) {
        ConfidenceInterval ci = WilsonInterval.of(numerator, denominator, ConfidenceLevel.P95);
        return new Proportion(numerator, denominator, numerator / denominator, ci);
    }

    /** The value as a percentage. */
    public double percent() {
        return value * 100;
    }
}
