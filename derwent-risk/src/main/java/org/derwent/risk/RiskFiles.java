package org.derwent.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.derwent.risk.features.CompositeScores;
import org.derwent.risk.features.FeatureSet;
import org.derwent.risk.model.CalibrationPlot;
import org.derwent.risk.model.Evaluation;
import org.derwent.risk.model.ModelCard;
import org.derwent.risk.model.ModelReport;
import org.derwent.risk.model.ValidationPeriods;
import org.derwent.risk.segment.RiskTier;

/**
 * Writes the run's files: per model {@code <id>/model.tribuo}, {@code <id>/model-card.md},
 * {@code <id>/calibration.svg}; at the top the primary model's {@code model-card.md} and {@code calibration.svg},
 * {@code standardisation.json} and {@code metrics.json}.
 */
final class RiskFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RiskFiles() {
    }

    static void write(Path out, RiskSummary s, ValidationPeriods periods, FeatureSet features, CompositeScores scores) {
        try {
            Files.createDirectories(out);
            boolean wired = scores.hasEfi() || scores.hasCms();
            for (ScoredModel m : s.models()) {
                ModelReport r = m.report();
                Path dir = Files.createDirectories(out.resolve(m.id()));
                r.model().save(dir.resolve("model.tribuo"));
                String card = ModelCard.markdown(r, s.validation(), periods, features, wired, s.history().warnings());
                String svg = CalibrationPlot.svg("Calibration (" + m.id() + ", test year to " + periods.extractDate()
                        + ")", r.evaluation().deciles());
                Files.writeString(dir.resolve("model-card.md"), card, StandardCharsets.UTF_8);
                Files.writeString(dir.resolve("calibration.svg"), svg, StandardCharsets.UTF_8);
                if (m.id().equals(s.primaryModel())) {
                    Files.writeString(out.resolve("model-card.md"), card, StandardCharsets.UTF_8);
                    Files.writeString(out.resolve("calibration.svg"), svg, StandardCharsets.UTF_8);
                }
            }
            Map<String, Object> std = new LinkedHashMap<>();
            std.put("features", s.validation().standardiser().names());
            std.put("means", s.validation().standardiser().means());
            std.put("sds", s.validation().standardiser().sds());
            JSON.writeValue(out.resolve("standardisation.json").toFile(), std);
            JSON.writeValue(out.resolve("metrics.json").toFile(), metrics(s, periods));
        } catch (IOException e) {
            throw new RiskException("cannot write risk outputs to " + out + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> metrics(RiskSummary s, ValidationPeriods periods) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("extract_date", periods.extractDate().toString());
        m.put("train_index_date", periods.trainIndex().toString());
        m.put("test_index_date", periods.testIndex().toString());
        m.put("train_cohort_n", s.validation().trainCohortN());
        m.put("train_n", s.validation().trainN());
        m.put("train_events", s.validation().trainEvents());
        m.put("baseline_age_only_auroc", s.validation().baselineAgeAuroc());
        m.put("primary_model", s.primaryModel());
        Map<String, Object> models = new LinkedHashMap<>();
        for (ScoredModel sm : s.models()) {
            Evaluation e = sm.report().evaluation();
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("method", sm.report().model().method());
            mm.put("test_n", e.n());
            mm.put("test_events", e.events());
            mm.put("auroc", e.auroc());
            mm.put("calibration_slope", e.calibration().slope());
            mm.put("calibration_intercept", e.calibration().intercept());
            mm.put("calibration_in_the_large", e.calibration().inTheLarge());
            mm.put("observed_over_expected", e.observedOverExpected());
            mm.put("brier", e.brier());
            mm.put("train_seconds", sm.report().trainSeconds());
            mm.put("predict_seconds", sm.predictSeconds());
            mm.put("explain_seconds", sm.explainSeconds());
            mm.put("explanation", sm.report().model().explanationMethod());
            mm.put("deciles", e.deciles());
            mm.put("subgroups", e.subgroups());
            Map<String, Long> tiers = new LinkedHashMap<>();
            for (RiskTier t : sm.tiers()) {
                tiers.merge(t.label(), 1L, Long::sum);
            }
            mm.put("tier_counts", tiers);
            models.put(sm.id(), mm);
        }
        m.put("models", models);
        m.put("scored", s.scored());
        m.put("segments", s.segmentCounts());
        m.put("case_lists", s.caseCounts());
        m.put("timings_seconds", s.timings());
        m.put("history_means", s.history().means());
        m.put("history_warnings", s.history().warnings());
        return m;
    }
}
