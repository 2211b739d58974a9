package org.derwent.measures.stats.funnel;

/**
 * Funnel control limits at one precision (denominator, or expected count for ratios), on the scale of the
 * plotted value.
 *
 * @param precision  denominator n (proportions, rates) or expected count E (ratios)
 * @param target     the centre line
 * @param lower998   99.8% lower limit (0.1% tail)
 * @param lower95    95% lower limit (2.5% tail)
 * @param upper95    95% upper limit (97.5% tail)
 * @param upper998   99.8% upper limit (99.9% tail)
 */
public record FunnelLimits(double precision, double target, double lower998, double lower95, double upper95,
                           double upper998) {
    /** These limits with target and limits multiplied by {@code factor} (e.g. 100 for per cent). */
    public FunnelLimits scaled(double factor) {
        return new FunnelLimits(precision, target * factor, lower998 * factor, lower95 * factor, upper95 * factor,
                upper998 * factor);
    }
}
