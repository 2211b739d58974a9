package org.derwent.risk.multimorbidity;

import java.util.Locale;

/** Charlson weight sets: the original 1987 weights and Quan's 2011 updated weights. */
public enum CharlsonWeights {
    CHARLSON_1987, QUAN_2011;

    /** Key in charlson-quan-icd10.json ({@code charlson_1987}, {@code quan_2011}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
