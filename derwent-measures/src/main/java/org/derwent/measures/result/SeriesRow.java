package org.derwent.measures.result;

import java.time.LocalDate;

/** One row of {@code measure_series}: an indicator for one group at one month end. */
public record SeriesRow(String indicatorId, String breakdown, String groupCode, LocalDate periodEnd, double numerator,
        double denominator, Double value) {
}
