package org.derwent.measures.stats.funnel;

import org.derwent.measures.stats.ConfidenceLevel;
import org.derwent.measures.stats.ImprovementDirection;

/**
 * A unit's funnel outlier flag read with the indicator's improvement direction: positive (better than
 * expected), negative (worse), high/low for neutral indicators, or none.
 */
public enum OutlierFlag {
    POSITIVE, NEGATIVE, HIGH, LOW, NONE;

    /**
     * The flag for {@code significance} when outliers are those beyond the {@code threshold} limits
     * (99.8% for outliers, 95% for alerts).
     */
    public static OutlierFlag of(FunnelSignificance significance, ImprovementDirection direction, ConfidenceLevel threshold) {
        int side = significance.side();
        if (side == 0 || (threshold == ConfidenceLevel.P998 && !significance.beyond998())) {
            return NONE;
        }
        if (direction == ImprovementDirection.NEUTRAL) {
            return side > 0 ? HIGH : LOW;
        }
        return side * direction.sign() > 0 ? POSITIVE : NEGATIVE;
    }

    /** Lower-case name for CSV output ("positive", "none"). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
