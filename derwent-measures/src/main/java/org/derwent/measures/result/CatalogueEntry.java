package org.derwent.measures.result;

/** One row of {@code indicator_catalogue}. */
public record CatalogueEntry(String indicatorId, String title, String domain, String description,
        String definitionSource, String improvementDirection, Double target, String unit, boolean caseList) {
}
