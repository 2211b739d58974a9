package org.derwent.measures.stats.spc;

import org.derwent.measures.stats.ImprovementDirection;

/** The Making Data Count variation icon, read from the latest point of the chart. */
public enum VariationIcon {
    COMMON_CAUSE, IMPROVEMENT_HIGH, IMPROVEMENT_LOW, CONCERN_HIGH, CONCERN_LOW, NEUTRAL_HIGH, NEUTRAL_LOW;

    /** The icon for a point with {@code type} whose rule pointed in direction {@code sign}. */
    static VariationIcon of(PointType type, int sign, ImprovementDirection direction) {
        boolean high = sign > 0;
        return switch (type) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case SPECIAL_CAUSE_IMPROVEMENT -> high ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case SPECIAL_CAUSE_CONCERN -> high ? CONCERN_HIGH : CONCERN_LOW;
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> NEUTRAL_HIGH;
            case SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL_LOW;
        };
    }

    /** Lower-case name, e.g. "improvement_high". */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
