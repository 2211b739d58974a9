package org.derwent.measures.stats.funnel;

/**
 * One unit (practice, PCN...) on a funnel plot.
 *
 * @param unit        the unit's code or name
 * @param numerator   numerator, observed count or events
 * @param denominator denominator, expected count (ratios) or population (rates); > 0
 */
public record FunnelUnit(String unit, double numerator, double denominator) {
    public FunnelUnit {
        if (!(denominator > 0)) {
            throw new IllegalArgumentException("unit " + unit + ": denominator must be > 0, got " + denominator);
        }
        if (numerator < 0) {
            throw new IllegalArgumentException("unit " + unit + ": numerator must be >= 0, got " + numerator);
        }
    }

    /** numerator / denominator. */
    public double ratio() {
        return numerator / denominator;
    }
}
