package org.derwent.risk.multimorbidity;

import java.util.List;
import java.util.Map;

/**
 * A Charlson comorbidity category with its Quan 2005 ICD-10 prefixes and weights.
 *
 * @param id the comorbidity package's short name (for example {@code chf})
 * @param label its name
 * @param icd10Prefixes a code (dots removed, upper case) belongs when it starts with one of these
 * @param weights weight per weight set
 */
public record CharlsonCategory(String id, String label, List<String> icd10Prefixes, Map<CharlsonWeights, Integer> weights) {
    public CharlsonCategory {
        icd10Prefixes = List.copyOf(icd10Prefixes);
        weights = Map.copyOf(weights);
    }

    /** Whether a normalised ICD-10 code falls in this category. */
    public boolean matches(String normalisedCode) {
        for (String p : icd10Prefixes) {
            if (normalisedCode.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The weight in a weight set. */
    public int weight(CharlsonWeights set) {
        return weights.get(set);
    }
}
