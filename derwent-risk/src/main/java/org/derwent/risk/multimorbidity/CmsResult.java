package org.derwent.risk.multimorbidity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A person's Cambridge Multimorbidity Score.
 *
 * @param conditions ids of the conditions present
 * @param variant the weights used
 * @param score sum of their weights, exact
 * @param verifiedWeights false when the variant's weights come from a single unverified source
 */
public record CmsResult(SortedSet<String> conditions, CmsVariant variant, BigDecimal score, boolean verifiedWeights) {
    public CmsResult {
        conditions = Collections.unmodifiableSortedSet(new TreeSet<>(conditions));
    }

    /** Number of CMS conditions present. */
    public int count() {
        return conditions.size();
    }
}
