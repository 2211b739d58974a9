package org.derwent.measures.stats.spc;

/** The NHSRplotthedots point type: common cause, or special cause read with the improvement direction. */
public enum PointType {
    COMMON_CAUSE, SPECIAL_CAUSE_IMPROVEMENT, SPECIAL_CAUSE_CONCERN, SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW;

    /** Lower-case name as the package prints it, e.g. "special_cause_improvement". */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
