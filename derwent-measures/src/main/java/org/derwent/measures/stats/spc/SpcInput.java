package org.derwent.measures.stats.spc;

import java.util.OptionalDouble;

/**
 * One observation of a series, in time order.
 *
 * @param period label of the period (e.g. 2025-04)
 * @param value  the measured value
 * @param target the target at this period, if any (assurance uses the last point's)
 * @param rebase true when this point starts a new segment with its own limits
 */
public record SpcInput(String period, double value, OptionalDouble target, boolean rebase) {
    public SpcInput {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("period " + period + ": value must be a finite number, got " + value);
        }
    }

    /** A point without target or rebase. */
    public static SpcInput of(String period, double value) {
        return new SpcInput(period, value, OptionalDouble.empty(), false);
    }
}
