package org.derwent.risk.output;

/** One row of {@code case_list}. */
public record CaseRow(String indicatorId, String personId, String practiceCode, String reason, int priority) {
}
