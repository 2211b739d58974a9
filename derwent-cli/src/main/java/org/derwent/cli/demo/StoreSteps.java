package org.derwent.cli.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.derwent.cli.measures.MeasuresCommand;
import org.derwent.cli.risk.RiskCommand;
import org.derwent.measures.job.MeasureJob;
import org.derwent.measures.job.PeriodEnd;
import org.derwent.server.status.Part;
import org.derwent.server.status.Readiness;
import org.derwent.store.schema.Store;
import picocli.CommandLine;

/**
 * The demo's steps after the load, on one open store (one DuckDB instance shared with the web server): the
 * current period's measures, then the series and risk. Each step clears its own and its dependants'
 * fingerprints before it writes, and records its fingerprint after its results are committed.
 */
final class StoreSteps {
    /** First-run estimate: the series take about this many times the current period's measures. */
    static final double SERIES_PER_MEASURES = 15;
    /** First-run estimate: risk takes about this many seconds whatever the size (training, model cards). */
    static final double RISK_BASE_SECONDS = 30;
    /** First-run estimate: and about this many seconds more per 1,000 people in the store. */
    static final double RISK_SECONDS_PER_1000 = 0.07;

    private final Store store;
    private final Path storeFile;
    private final Path dir;
    private final StepFingerprints fp;
    private final boolean fresh;
    private double measuresSeconds = -1;

    StoreSteps(Store store, Path storeFile, Path dir, StepFingerprints fp, boolean fresh) {
        this.store = store;
        this.storeFile = storeFile;
        this.dir = dir;
        this.fp = fp;
        this.fresh = fresh;
    }

    /** True when the store holds the step's results with the current fingerprint (never with --fresh). */
    boolean done(Step step) throws SQLException {
        if (fresh) {
            return false;
        }
        try (Connection c = store.connection()) {
            return new Stamps(c).done(step, fp.of(step)) && Contents.present(c, step);
        }
    }

    /** Seconds the step is expected to take: its last duration in this store, else a first-run estimate. */
    double expected(Step step) throws SQLException {
        try (Connection c = store.connection()) {
            var last = new Stamps(c).lastSeconds(step);
            if (last.isPresent()) {
                return last.get();
            }
            if (step == Step.SERIES) {
                double m = measuresSeconds > 0 ? measuresSeconds : new Stamps(c).lastSeconds(Step.MEASURES).orElse(20.0);
                return m * SERIES_PER_MEASURES;
            }
            return RISK_BASE_SECONDS + Contents.persons(c) / 1000.0 * RISK_SECONDS_PER_1000;
        }
    }

    /** The current period's indicators by every breakdown (reused when already stored with this fingerprint). */
    void measures(List<String> timings) throws Exception {
        if (done(Step.MEASURES)) {
            DemoCommand.log("measures: reusing the current period's results in %s", storeFile);
            return;
        }
        MeasureJob job = measuresCommand().job();
        try (Connection c = store.connection()) {
            new Stamps(c).clear(Step.MEASURES.withDependents());
            long t = System.nanoTime();
            LocalDate pe = PeriodEnd.latestExtract(c);
            MeasureJob.Output o = job.run(c, pe, false);
            measuresSeconds = (System.nanoTime() - t) / 1e9;
            DemoCommand.log("measures: %d indicators, %d result rows at %s in %.1f s (SPC series follow in the background)",
                    o.catalogue().size(), o.results().size(), pe, measuresSeconds);
            timings.add(String.format("measures (current period) %.1f s", measuresSeconds));
            new Stamps(c).finished(Step.MEASURES, fp.measures(), measuresSeconds);
        }
    }

    /** The series, then risk; each marks its part ready (or failed) as soon as it is stored. */
    void background(boolean seriesDone, boolean riskDone, Readiness readiness, List<String> timings) {
        if (!seriesDone) {
            step(Step.SERIES, Part.SERIES, readiness, timings, c -> {
                LocalDate pe = PeriodEnd.latestExtract(c);
                int rows = measuresCommand().job().runSeries(c, pe).size();
                DemoCommand.log("series: %,d monthly rows over %d months stored", rows, MeasureJob.SERIES_MONTHS);
            });
        }
        if (!riskDone) {
            step(Step.RISK, Part.RISK, readiness, timings, c -> {
                RiskCommand risk = new RiskCommand();
                new CommandLine(risk).parseArgs("--store", storeFile.toString(), "--out", dir.resolve("risk").toString());
                risk.runOn(c);
            });
        }
    }

    private interface Work {
        void run(Connection c) throws Exception;
    }

    private void step(Step step, Part part, Readiness readiness, List<String> timings, Work work) {
        try (Connection c = store.connection()) {
            readiness.computing(part, expected(step));
            new Stamps(c).clear(step.withDependents());
            long t = System.nanoTime();
            work.run(c);
            double secs = (System.nanoTime() - t) / 1e9;
            new Stamps(c).finished(step, fp.of(step), secs);
            timings.add(String.format("%s %.1f s", step.id(), secs));
            readiness.ready(part);
            DemoCommand.log("%s ready (took %.1f s); the pages show them now", capital(part.label()), secs);
        } catch (Exception | Error e) {
            readiness.failed(part, String.valueOf(e.getMessage()));
            DemoCommand.log("%s failed: %s", part.label(), e);
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private MeasuresCommand measuresCommand() {
        MeasuresCommand m = new MeasuresCommand();
        new CommandLine(m).parseArgs("--store", storeFile.toString());
        return m;
    }
}
