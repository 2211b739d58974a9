package org.derwent.measures.stats.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.derwent.measures.stats.ImprovementDirection;

/**
 * Builds a Making Data Count XmR chart as NHSRplotthedots {@code ptd_spc}: split at rebase points, limits per
 * segment ({@link SpcLimits#fromBaseline}), special-cause rules per segment ({@link SpecialCauseRules}), point
 * types from the improvement direction, then the variation and assurance icons of the latest point.
 */
public final class XmrChart {
    /** Segments shorter than this have "trial limits". */
    public static final int TRIAL_LIMIT_POINTS = 12;

    private XmrChart() {
    }

    /**
     * The chart of {@code series} (already in time order).
     *
     * @throws IllegalArgumentException when a segment has fewer than 2 points
     */
    public static SpcResult of(List<SpcInput> series, SpcOptions options) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("an XmR chart needs at least 2 points, got none");
        }
        List<SpcPoint> points = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int start = 0;
        int segment = 0;
        while (start < series.size()) {
            int end = start + 1;
            while (end < series.size() && !series.get(end).rebase()) {
                end++;
            }
            segment(series.subList(start, end), segment, options, points, warnings);
            start = end;
            segment++;
        }
        SpcPoint last = points.get(points.size() - 1);
        VariationIcon variation = VariationIcon.of(last.pointType(), last.ruleSign(), options.direction());
        AssuranceIcon assurance = AssuranceIcon.of(last.target(), last.limits().lower(), last.limits().upper(),
                options.direction());
        return new SpcResult(points, variation, assurance, warnings);
    }

    private static void segment(List<SpcInput> seg, int number, SpcOptions options, List<SpcPoint> out,
                                List<String> warnings) {
        double[] y = seg.stream().mapToDouble(SpcInput::value).toArray();
        int baseline = Math.min(y.length, options.fixAfterPoints().orElse(y.length));
        double[] base = java.util.Arrays.copyOf(y, baseline);
        SpcLimits limits;
        try {
            limits = SpcLimits.fromBaseline(base, options.screenOutliers());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("segment starting at period " + seg.get(0).period() + ": " + e.getMessage(), e);
        }
        if (baseline < TRIAL_LIMIT_POINTS) {
            warnings.add("segment starting at " + seg.get(0).period() + " has " + baseline
                    + " points for its limits (fewer than 12): trial limits");
        }
        int[] signs = new int[y.length];
        SpcRule[] rules = SpecialCauseRules.apply(y, limits, signs);
        for (int i = 0; i < y.length; i++) {
            SpcInput in = seg.get(i);
            PointType type = pointType(rules[i], signs[i], options.direction());
            out.add(new SpcPoint(in.period(), in.value(), in.target(), number, limits, Optional.ofNullable(rules[i]),
                    signs[i], type));
        }
    }

    private static PointType pointType(SpcRule rule, int sign, ImprovementDirection direction) {
        if (rule == null) {
            return PointType.COMMON_CAUSE;
        }
        if (direction == ImprovementDirection.NEUTRAL) {
            return sign > 0 ? PointType.SPECIAL_CAUSE_NEUTRAL_HIGH : PointType.SPECIAL_CAUSE_NEUTRAL_LOW;
        }
        return sign * direction.sign() > 0 ? PointType.SPECIAL_CAUSE_IMPROVEMENT : PointType.SPECIAL_CAUSE_CONCERN;
    }
}
