package org.derwent.measures.stats.spc;

/**
 * Finds special causes in one segment with the exact semantics of NHSRplotthedots
 * {@code ptd_calculate_point_type.R} (reference/methods/spc-making-data-count.md). Each point gets the
 * highest-precedence rule it is part of and that rule's direction.
 */
final class SpecialCauseRules {
    private static final int RUN = 7;

    private SpecialCauseRules() {
    }

    /** Rule per point (null for none) with the direction in {@code signs}. */
    static SpcRule[] apply(double[] y, SpcLimits l, int[] signs) {
        int n = y.length;
        SpcRule[] rules = new SpcRule[n];
        int[] rtm = new int[n];
        int[] close = new int[n];
        for (int i = 0; i < n; i++) {
            rtm[i] = (int) Math.signum(y[i] - l.mean());
            if (y[i] > l.upper() || y[i] < l.lower()) {
                set(rules, signs, i, SpcRule.OUTSIDE_LIMITS, y[i] > l.upper() ? 1 : -1);
            } else if (y[i] > l.nearUpper() || y[i] < l.nearLower()) {
                close[i] = 1;
            }
        }
        trends(y, rules, signs);
        twoInThree(close, rtm, rules, signs);
        shifts(rtm, rules, signs);
        return rules;
    }

    private static void trends(double[] y, SpcRule[] rules, int[] signs) {
        for (int end = RUN - 1; end < y.length; end++) {
            int dir = (int) Math.signum(y[end] - y[end - 1]);
            boolean all = dir != 0;
            for (int i = end - RUN + 2; i <= end && all; i++) {
                all = (int) Math.signum(y[i] - y[i - 1]) == dir;
            }
            if (all) {
                for (int i = end - RUN + 1; i <= end; i++) {
                    set(rules, signs, i, SpcRule.TREND, dir);
                }
            }
        }
    }

    private static void twoInThree(int[] close, int[] rtm, SpcRule[] rules, int[] signs) {
        for (int start = 0; start + 2 < close.length; start++) {
            int near = close[start] + close[start + 1] + close[start + 2];
            int side = rtm[start] + rtm[start + 1] + rtm[start + 2];
            if (near >= 2 && Math.abs(side) == 3) {
                for (int i = start; i < start + 3; i++) {
                    if (close[i] == 1) {
                        set(rules, signs, i, SpcRule.TWO_IN_THREE, rtm[i]);
                    }
                }
            }
        }
    }

    private static void shifts(int[] rtm, SpcRule[] rules, int[] signs) {
        for (int end = RUN - 1; end < rtm.length; end++) {
            boolean all = rtm[end] != 0;
            for (int i = end - RUN + 1; i < end && all; i++) {
                all = rtm[i] == rtm[end];
            }
            if (all) {
                for (int i = end - RUN + 1; i <= end; i++) {
                    set(rules, signs, i, SpcRule.SHIFT, rtm[end]);
                }
            }
        }
    }

    /** Keeps the rule of higher precedence (lower ordinal) when a point already has one. */
    private static void set(SpcRule[] rules, int[] signs, int i, SpcRule rule, int sign) {
        if (rules[i] == null || rule.ordinal() < rules[i].ordinal()) {
            rules[i] = rule;
            signs[i] = sign;
        }
    }
}
