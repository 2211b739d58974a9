package org.derwent.measures.stats.spc;

import java.util.OptionalDouble;
import org.derwent.measures.stats.ImprovementDirection;

/**
 * The Making Data Count assurance icon: can the process be relied on to meet the target? Uses the latest
 * point's limits and target (NHSRplotthedots {@code ptd_calculate_assurance_type}).
 */
public enum AssuranceIcon {
    /** The target lies beyond the limits on the good side: the process will consistently meet it. */
    CONSISTENT_PASS,
    /** The target lies beyond the limits on the bad side: the process will consistently fail it. */
    CONSISTENT_FAIL,
    /** The target lies within the limits: the process will sometimes meet it and sometimes not. */
    HIT_AND_MISS,
    /** No target, or a neutral improvement direction. */
    NONE;

    /**
     * For improvement = increase: target > UPL fails, target < LPL passes, else hit and miss; reversed for decrease.
     */
    public static AssuranceIcon of(OptionalDouble target, double lpl, double upl, ImprovementDirection direction) {
        if (target.isEmpty() || direction == ImprovementDirection.NEUTRAL) {
            return NONE;
        }
        double t = target.getAsDouble();
        boolean above = t > upl;
        boolean below = t < lpl;
        if (!above && !below) {
            return HIT_AND_MISS;
        }
        boolean pass = direction == ImprovementDirection.INCREASE ? below : above;
        return pass ? CONSISTENT_PASS : CONSISTENT_FAIL;
    }

    /** Lower-case name, e.g. "consistent_pass". */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
