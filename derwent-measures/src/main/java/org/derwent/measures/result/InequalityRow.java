package org.derwent.measures.result;

import java.time.LocalDate;

/** One row of {@code measure_inequality}: slope and relative index of inequality across IMD deciles. */
public record InequalityRow(String indicatorId, LocalDate periodEnd, String breakdown, double sii, double siiLower95,
        double siiUpper95, double rii, double riiLower95, double riiUpper95) {
}
