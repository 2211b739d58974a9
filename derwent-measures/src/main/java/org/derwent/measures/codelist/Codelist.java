package org.derwent.measures.codelist;

import java.util.Set;

/** The codes of one list in one coding system ({@code snomed}, {@code dmd}, {@code icd10}, {@code opcs4}). */
public record Codelist(String name, String system, String path, Set<String> codes) {
    public Codelist {
        codes = Set.copyOf(codes);
    }
}
