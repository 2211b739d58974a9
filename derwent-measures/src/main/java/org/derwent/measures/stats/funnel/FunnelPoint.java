package org.derwent.measures.stats.funnel;

/**
 * A unit's position on the funnel, all values multiplied by the analysis multiplier.
 *
 * @param unit         the unit
 * @param value        numerator/denominator x multiplier
 * @param limits       limits at the unit's precision (x multiplier)
 * @param significance where the value lies against the limits
 * @param flag         outlier flag at 99.8% read with the improvement direction
 */
public record FunnelPoint(FunnelUnit unit, double value, FunnelLimits limits, FunnelSignificance significance,
                          OutlierFlag flag) {
}
