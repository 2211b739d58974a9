package org.derwent.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.derwent.risk.features.HistoryCheck;
import org.derwent.risk.model.TemporalValidation;

/** What a risk run did: dates, validation, scoring, counts written and timings in seconds. */
public record RiskSummary(LocalDate extractDate, TemporalValidation.Result validation, String primaryModel,
        int scored, Map<String, Long> segmentCounts, Map<String, Integer> caseCounts, Map<String, Double> timings,
        List<ScoredModel> models, HistoryCheck history) {
}
