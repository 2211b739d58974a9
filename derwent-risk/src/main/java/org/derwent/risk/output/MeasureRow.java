package org.derwent.risk.output;

import java.time.LocalDate;

/** One row of {@code measure_result} (docs/measure-results.md); {@code funnelFlag} is null off practice and PCN. */
public record MeasureRow(String indicatorId, LocalDate periodEnd, String breakdown, String groupCode,
        String groupName, long numerator, long denominator, double value, double lower95, double upper95,
        String funnelFlag) {
}
