package org.derwent.measures.stats.funnel;

/**
 * Where a value lies against its funnel limits, as PHEindicatormethods {@code assign_funnel_significance}:
 * strictly beyond the 99.8% or 95% limit above or below, else not significant.
 */
public enum FunnelSignificance {
    HIGH_998("High (0.001)", 1), HIGH_95("High (0.025)", 1), NOT_SIGNIFICANT("Not significant", 0),
    LOW_95("Low (0.025)", -1), LOW_998("Low (0.001)", -1);

    private final String label;
    private final int side;

    FunnelSignificance(String label, int side) {
        this.label = label;
        this.side = side;
    }

    /** Classifies {@code value} against {@code limits} (same scale). */
    public static FunnelSignificance of(double value, FunnelLimits limits) {
        if (value > limits.upper998()) {
            return HIGH_998;
        }
        if (value > limits.upper95()) {
            return HIGH_95;
        }
        if (value < limits.lower998()) {
            return LOW_998;
        }
        if (value < limits.lower95()) {
            return LOW_95;
        }
        return NOT_SIGNIFICANT;
    }

    /** The PHE label, e.g. "High (0.001)". */
    public String label() {
        return label;
    }

    /** +1 above the target's funnel, -1 below, 0 within the 95% limits. */
    public int side() {
        return side;
    }

    /** True when beyond the 99.8% limits. */
    public boolean beyond998() {
        return this == HIGH_998 || this == LOW_998;
    }
}
