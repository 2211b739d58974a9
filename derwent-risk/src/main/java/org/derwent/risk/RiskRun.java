package org.derwent.risk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.risk.continuity.ContinuityQuery;
import org.derwent.risk.continuity.FrequentAttenders;
import org.derwent.risk.features.Cohort;
import org.derwent.risk.features.FeatureExtractor;
import org.derwent.risk.features.HistoryCheck;
import org.derwent.risk.features.RegisterCodes;
import org.derwent.risk.features.StoreDates;
import org.derwent.risk.model.Explainer;
import org.derwent.risk.model.ModelReport;
import org.derwent.risk.model.TemporalValidation;
import org.derwent.risk.model.ValidationPeriods;
import org.derwent.risk.segment.AnticipatoryCare;
import org.derwent.risk.segment.Segment;
import org.derwent.risk.segment.Segmenter;

/**
 * The whole risk run on a store: temporal validation of both models, scoring everyone at t, segments and tiers,
 * the anticipatory-care and frequent-attender case lists, measures, and the files in the output directory.
 * See docs/risk.md.
 */
public final class RiskRun {
    private final Connection connection;
    private final RiskOptions options;

    public RiskRun(Connection connection, RiskOptions options) {
        this.connection = connection;
        this.options = options;
    }

    public RiskSummary run() {
        try {
            return doRun();
        } catch (SQLException e) {
            throw new RiskException("risk run failed on the store: " + e.getMessage(), e);
        }
    }

    private RiskSummary doRun() throws SQLException {
        Map<String, Double> timings = new LinkedHashMap<>();
        ValidationPeriods periods = new ValidationPeriods(StoreDates.latestExtractDate(connection));
        FeatureExtractor fx = new FeatureExtractor(connection, RegisterCodes.read(options.codelists()),
                options.compositeScores());

        long t0 = System.nanoTime();
        Cohort train = fx.extract(periods.trainIndex());
        Cohort test = fx.extract(periods.testIndex());
        timings.put("extract_validation_cohorts", seconds(t0));
        t0 = System.nanoTime();
        Cohort now = fx.extract(periods.scoreIndex());
        timings.put("score_extract", seconds(t0));
        HistoryCheck history = HistoryCheck.of(train, test, now);
        t0 = System.nanoTime();
        TemporalValidation.Result validation = TemporalValidation.run(train, test, options.seed(), options.gbm(),
                options.maxTrainRows());
        timings.put("train_and_test", seconds(t0));
        train = null;
        test = null;
        ModelReport lr = validation.report("lr");
        ModelReport gbm = validation.report("gbm");
        String primary = gbm.evaluation().auroc() > lr.evaluation().auroc() ? "gbm" : "lr";

        t0 = System.nanoTime();
        List<double[]> z = TemporalValidation.standardise(validation.standardiser(), fx.features(), now.people());
        Explainer explainer = new Explainer(fx.features(), 3);
        List<ScoredModel> scored = new ArrayList<>();
        for (ModelReport r : validation.reports()) {
            scored.add(Scoring.score(r, lr.model(), now, z, explainer));
        }
        timings.put("score_predict_explain", seconds(t0));
        ScoredModel main = scored.stream().filter(s -> s.id().equals(primary)).findFirst().orElseThrow();

        Segmenter segmenter = Segmenter.standard(options.compositeScores().hasEfi());
        Segment[] segments = new Segment[now.size()];
        Map<String, Long> segmentCounts = new LinkedHashMap<>();
        Map<Segment, Long> bySegment = new EnumMap<>(Segment.class);
        for (int i = 0; i < segments.length; i++) {
            segments[i] = segmenter.of(now.people().get(i));
            bySegment.merge(segments[i], 1L, Long::sum);
        }
        bySegment.forEach((s, n) -> segmentCounts.put(s.name(), n));

        t0 = System.nanoTime();
        List<AnticipatoryCare.Case> acp = AnticipatoryCare.select(now.people(), segments, main.scores(), main.tiers(),
                main.factors(), primary);
        List<FrequentAttenders.Case> fa = options.frequentAttenders().find(ContinuityQuery.run(connection,
                periods.scoreIndex()));
        timings.put("case_lists", seconds(t0));
        t0 = System.nanoTime();
        new RiskOutputs(connection).write(periods.scoreIndex(), now, segments, scored, main, acp, fa);
        timings.put("write_store", seconds(t0));
        Map<String, Integer> caseCounts = new LinkedHashMap<>();
        caseCounts.put(AnticipatoryCare.INDICATOR, acp.size());
        caseCounts.put(FrequentAttenders.INDICATOR, fa.size());
        RiskSummary summary = new RiskSummary(periods.extractDate(), validation, primary, now.size(), segmentCounts,
                caseCounts, timings, scored, history);
        RiskFiles.write(options.outDir(), summary, periods, fx.features(), options.compositeScores());
        return summary;
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }

    /** Ids of the indicators a run writes (catalogue, measure results, case lists). */
    public static java.util.Set<String> indicators() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        RiskOutputs.catalogue("").forEach(e -> ids.add(e.indicatorId()));
        return ids;
    }

    /** The store's extract date t (for callers that print it before running). */
    public LocalDate extractDate() throws SQLException {
        return StoreDates.latestExtractDate(connection);
    }
}
