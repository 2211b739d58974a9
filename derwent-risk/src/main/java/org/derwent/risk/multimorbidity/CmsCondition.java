package org.derwent.risk.multimorbidity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.derwent.risk.frailty.CodelistCoverage;

/**
 * One of the 20 Cambridge Multimorbidity Score conditions.
 *
 * @param id stable identifier for the calculator and the measure language
 * @param name the condition as the CMS names it
 * @param weights weight per variant, exact decimals
 * @param rule recording rule as the reference gives it (ever recorded, currently treated, last 5 years ...)
 * @param coverage how the condition can be found from codes here
 * @param codelists file names in reference/codelists used to find it
 * @param note what the proxy lists miss, or why there is none
 */
public record CmsCondition(String id, String name, Map<CmsVariant, BigDecimal> weights, String rule,
        CodelistCoverage coverage, List<String> codelists, String note) {
    public CmsCondition {
        weights = Map.copyOf(weights);
        codelists = List.copyOf(codelists);
    }

    /** The weight for a variant. */
    public BigDecimal weight(CmsVariant variant) {
        return weights.get(variant);
    }
}
