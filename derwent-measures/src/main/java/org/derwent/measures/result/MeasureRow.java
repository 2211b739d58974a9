package org.derwent.measures.result;

import java.time.LocalDate;

/**
 * One row of {@code measure_result}: an indicator for one group of one breakdown. Counts are null only when
 * disclosure control suppressed them ({@code suppressed}); {@code funnelFlag} is set for practices and PCNs.
 */
public record MeasureRow(String indicatorId, LocalDate periodEnd, String breakdown, String groupCode, String groupName,
        Double numerator, Double denominator, Double value, Double lower95, Double upper95, String funnelFlag,
        boolean suppressed) {

    /** The output columns, in order (docs/measure-results.md). */
    public static final java.util.List<String> COLUMNS = java.util.List.of("indicator_id", "period_end", "breakdown",
            "group_code", "group_name", "numerator", "denominator", "value", "lower_95", "upper_95", "funnel_flag",
            "suppressed");

    public MeasureRow withFunnelFlag(String flag) {
        return new MeasureRow(indicatorId, periodEnd, breakdown, groupCode, groupName, numerator, denominator, value,
                lower95, upper95, flag, suppressed);
    }
}
