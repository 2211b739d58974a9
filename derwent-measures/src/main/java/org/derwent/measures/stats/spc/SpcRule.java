package org.derwent.measures.stats.spc;

/**
 * Making Data Count special-cause rules, in precedence order (a point meeting several is reported under the
 * first): outside limits, 7-point trend, 2 of 3 beyond 2 sigma, 7 points on one side of the mean.
 */
public enum SpcRule {
    /** A point strictly above the upper or below the lower process limit. */
    OUTSIDE_LIMITS("Above UCL", "Below LCL"),
    /** 7 consecutive points each strictly higher (or lower) than the one before. */
    TREND("7 Point Trend (Increasing)", "7 Point Trend (Decreasing)"),
    /** 2 of 3 consecutive points beyond 2 sigma (within the limits), all 3 on the same side of the mean. */
    TWO_IN_THREE("2 in 3 Above CL", "2 in 3 Below CL"),
    /** 7 consecutive points on the same side of the mean (a point on the mean breaks the run). */
    SHIFT("7 Points Above CL", "7 Points Below CL");

    private final String high;
    private final String low;

    SpcRule(String high, String low) {
        this.high = high;
        this.low = low;
    }

    /** The package's label for this rule in direction {@code sign} (+1 above/increasing, -1 below/decreasing). */
    public String label(int sign) {
        return sign > 0 ? high : low;
    }
}
