package org.derwent.measures.result;

import java.util.List;
import java.util.Map;

/**
 * The statistical methods results need, behind one interface so the measure engine does not depend on how they
 * are computed. {@link StatsBridge} implements it with org.derwent.measures.stats.
 */
public interface IndicatorStatistics {
    /** Proportion with Wilson 95% limits. */
    Estimate proportion(double numerator, double denominator);

    /** Rate {@code events / population x multiplier} with Byar 95% limits (also observed/expected ratios). */
    Estimate rate(double events, double population, double multiplier);

    /**
     * Directly standardised rate (ESP2013 five-year bands 0-4 ... 90+, index 0-18) with Dobson limits; value null
     * when fewer than 10 events (PHE rule).
     */
    Estimate standardised(double[] events, double[] population, double multiplier);

    /**
     * Funnel-plot flags for units (code -> {numerator, denominator}) around the overall value: {@code high_998},
     * {@code high_95}, {@code within}, {@code low_95}, {@code low_998}.
     */
    Map<String, String> funnelFlags(Map<String, double[]> units, String unit, String direction);

    /** SII and RII across deciles (index 0 = decile 1, most deprived), or null when too few deciles have data. */
    InequalityRow inequality(String indicatorId, java.time.LocalDate periodEnd, List<double[]> deciles, String unit);
}
