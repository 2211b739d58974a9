package org.derwent.measures.stats.spc;

import java.util.OptionalInt;
import org.derwent.measures.stats.ImprovementDirection;

/**
 * Options of an XmR chart, with the NHSRplotthedots defaults in {@link #defaults(ImprovementDirection)}.
 *
 * @param direction       which way is improvement
 * @param screenOutliers  drop moving ranges >= 3.267 x mean moving range before the limits (package default true;
 *                        false reproduces the Making Data Count Excel tool)
 * @param fixAfterPoints  compute mean and limits from the first N points of each segment only
 */
public record SpcOptions(ImprovementDirection direction, boolean screenOutliers, OptionalInt fixAfterPoints) {
    public SpcOptions {
        if (fixAfterPoints.isPresent() && fixAfterPoints.getAsInt() < 2) {
            throw new IllegalArgumentException("fix-after must be at least 2 points, got " + fixAfterPoints.getAsInt());
        }
    }

    /** Package defaults: outlier screening on, limits from all points. */
    public static SpcOptions defaults(ImprovementDirection direction) {
        return new SpcOptions(direction, true, OptionalInt.empty());
    }
}
