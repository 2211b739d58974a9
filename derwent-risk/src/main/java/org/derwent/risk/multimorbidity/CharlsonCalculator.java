package org.derwent.risk.multimorbidity;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Charlson Comorbidity Index from ICD-10 codes: Quan 2005 prefix map, hierarchy as in the R package comorbidity
 * ({@code assign0 = TRUE}), weights of Charlson 1987 or Quan 2011.
 */
public final class CharlsonCalculator {
    private final CharlsonDefinition definition;

    public CharlsonCalculator(CharlsonDefinition definition) {
        this.definition = definition;
    }

    /** The calculator over the bundled definition. */
    public static CharlsonCalculator standard() {
        return new CharlsonCalculator(CharlsonDefinition.bundled());
    }

    /** An ICD-10 code with dots and spaces removed, upper case ({@code "i50.9 "} becomes {@code I509}). */
    public static String normalise(String icd10) {
        return icd10.replace(".", "").replace(" ", "").trim().toUpperCase(Locale.ROOT);
    }

    /** Categories any of the codes fall in, before the hierarchy. */
    public Set<String> categoriesOf(Collection<String> icd10Codes) {
        Set<String> out = new TreeSet<>();
        for (String raw : icd10Codes) {
            String code = normalise(raw);
            if (code.isEmpty()) {
                continue;
            }
            for (CharlsonCategory c : definition.categories()) {
                if (c.matches(code)) {
                    out.add(c.id());
                }
            }
        }
        return out;
    }

    /** Scores ICD-10 codes. */
    public CharlsonResult fromIcd10(Collection<String> icd10Codes, CharlsonWeights weights) {
        return score(categoriesOf(icd10Codes), weights);
    }

    /**
     * Scores categories given by id, applying the hierarchy.
     *
     * @throws IllegalArgumentException naming an unknown category id
     */
    public CharlsonResult score(Collection<String> categoryIds, CharlsonWeights weights) {
        Set<String> present = new TreeSet<>();
        for (String id : categoryIds) {
            present.add(definition.category(id).id());
        }
        Set<String> counted = new TreeSet<>(present);
        for (String id : present) {
            String severer = definition.severerOf(id);
            if (severer != null && present.contains(severer)) {
                counted.remove(id);
            }
        }
        int score = 0;
        for (String id : counted) {
            score += definition.category(id).weight(weights);
        }
        return new CharlsonResult(new TreeSet<>(counted), weights, score);
    }
}
