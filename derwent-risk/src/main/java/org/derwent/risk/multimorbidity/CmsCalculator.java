package org.derwent.risk.multimorbidity;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.TreeSet;

/** Sums CMS weights of the conditions present (each counts once; anxiety and depression are one condition). */
public final class CmsCalculator {
    private final CmsDefinition definition;

    public CmsCalculator(CmsDefinition definition) {
        this.definition = definition;
    }

    /** The calculator over the bundled definition. */
    public static CmsCalculator standard() {
        return new CmsCalculator(CmsDefinition.bundled());
    }

    /**
     * Scores the conditions present, given by id.
     *
     * @throws IllegalArgumentException naming an unknown condition id
     */
    public CmsResult score(Collection<String> conditionIds, CmsVariant variant) {
        TreeSet<String> present = new TreeSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String id : conditionIds) {
            CmsCondition c = definition.condition(id);
            if (present.add(c.id())) {
                sum = sum.add(c.weight(variant));
            }
        }
        return new CmsResult(present, variant, sum, definition.verified(variant));
    }

    /** The general-outcome score. */
    public CmsResult score(Collection<String> conditionIds) {
        return score(conditionIds, CmsVariant.GENERAL);
    }
}
