package org.derwent.measures.stats.spc;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One point of an XmR chart with its segment's limits and the special cause it belongs to, if any.
 *
 * @param period    the period label
 * @param value     the value
 * @param target    the target at this period, if any
 * @param segment   0-based segment (rebase group) number
 * @param limits    the segment's limits
 * @param rule      the highest-precedence special-cause rule the point is part of, if any
 * @param ruleSign  +1 above/increasing, -1 below/decreasing, 0 without a rule
 * @param pointType common cause or special cause read with the improvement direction
 */
public record SpcPoint(String period, double value, OptionalDouble target, int segment, SpcLimits limits,
                       Optional<SpcRule> rule, int ruleSign, PointType pointType) {

    /** The package's label of the rule (e.g. "Above UCL"), or "" for common cause. */
    public String ruleLabel() {
        return rule.map(r -> r.label(ruleSign)).orElse("");
    }
}
