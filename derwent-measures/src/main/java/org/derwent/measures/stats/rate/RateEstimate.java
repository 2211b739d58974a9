package org.derwent.measures.stats.rate;

import org.derwent.measures.stats.ConfidenceInterval;

/**
 * A rate per {@code multiplier} population with its 95% and 99.8% intervals on the same scale.
 *
 * @param value rate x multiplier
 * @param ci95  95% interval
 * @param ci998 99.8% interval
 */
public record RateEstimate(double value, ConfidenceInterval ci95, ConfidenceInterval ci998) {
}
