package org.derwent.risk.output;

/** One {@code indicator_catalogue} row (docs/measure-results.md). */
public record CatalogueEntry(String indicatorId, String title, String domain, String description,
        String definitionSource, String improvementDirection, String unit, boolean caseList) {
}
