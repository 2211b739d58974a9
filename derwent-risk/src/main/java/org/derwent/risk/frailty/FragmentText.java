package org.derwent.risk.frailty;

import java.util.List;
import java.util.stream.Collectors;

/** Shared text pieces of the measure-language fragments: codelist paths and their coding system. */
public final class FragmentText {
    private FragmentText() {
    }

    /** Paths relative to the Derwent home, as a YAML scalar or flow list. */
    public static String paths(List<String> codelists) {
        List<String> p = codelists.stream().map(f -> "reference/codelists/" + f).toList();
        return p.size() == 1 ? p.get(0) : p.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * The coding system of the files: {@code icd10} for Derwent's local {@code -icd10} lists, else {@code snomed}
     * (every other list named in the definitions is SNOMED CT).
     *
     * @throws IllegalArgumentException when one entry mixes systems
     */
    public static String system(List<String> codelists) {
        long icd = codelists.stream().filter(f -> f.endsWith("-icd10.csv")).count();
        if (icd != 0 && icd != codelists.size()) {
            throw new IllegalArgumentException("codelists " + codelists + " mix ICD-10 and SNOMED CT files");
        }
        return icd == 0 ? "snomed" : "icd10";
    }
}
