package org.derwent.measures.stats.spc;

import java.util.List;

/**
 * An XmR chart: its points, the variation icon of the latest point, the assurance icon against the latest
 * target, and warnings (segments with fewer than 12 points have "trial limits").
 *
 * @param points    points in time order
 * @param variation the variation icon
 * @param assurance the assurance icon
 * @param warnings  human-readable warnings
 */
public record SpcResult(List<SpcPoint> points, VariationIcon variation, AssuranceIcon assurance, List<String> warnings) {
    public SpcResult {
        points = List.copyOf(points);
        warnings = List.copyOf(warnings);
    }

    /** The latest point. */
    public SpcPoint last() {
        return points.get(points.size() - 1);
    }
}
