package org.derwent.cli.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.derwent.cli.ConfigOption;
import org.derwent.risk.RiskOptions;
import org.derwent.risk.RiskRun;
import org.derwent.risk.RiskSummary;
import org.derwent.risk.ScoredModel;
import org.derwent.risk.model.BoostedRiskModel;
import org.derwent.risk.model.Evaluation;
import org.derwent.risk.model.SubgroupPerformance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code derwent risk}: temporal validation of the logistic-regression and boosted-tree emergency-admission
 * models on the store's history, scoring of everyone at the latest extract date, segments, tiers, case lists and
 * measures written to the store, and model cards, metrics and calibration plots written to {@code --out}.
 * See docs/risk.md.
 */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = "Train, validate and score the 12-month emergency-admission risk models; write segments, tiers,"
                + " case lists and measures to the store and model cards and metrics to --out.")
public final class RiskCommand implements Callable<Integer> {
    /** Held so the level set on it is not lost when the logger is garbage-collected. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    @Option(names = "--store", paramLabel = "PATH", description = "DuckDB store file (default: ./data/derwent.duckdb).")
    Path store;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./data/risk).")
    Path out;

    @Option(names = "--seed", description = "Random seed for training (default: ${DEFAULT-VALUE}).",
            defaultValue = "20240401")
    long seed;

    @Option(names = "--trees", description = "Boosted trees (default: ${DEFAULT-VALUE}).", defaultValue = "150")
    int trees;

    @Option(names = "--threads", description = "XGBoost threads (default: ${DEFAULT-VALUE}).", defaultValue = "2")
    int threads;

    @Option(names = "--max-train-rows", description = "Train on a seeded random sample of at most this many people"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "400000")
    int maxTrainRows;

    @Override
    public Integer call() throws Exception {
        Path storeFile = store != null ? store : Path.of("data", "derwent.duckdb");
        if (!Files.isRegularFile(storeFile)) {
            throw new IllegalArgumentException("store file " + storeFile.toAbsolutePath() + " does not exist"
                    + " (load one first, or give --store PATH)");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + storeFile.toAbsolutePath())) {
            runOn(c);
        }
        return 0;
    }

    /**
     * Runs the whole risk step with this command's options on an open connection to the store and prints the
     * summary (used by {@code ./derwent demo}, which shares one database instance with the web server).
     */
    public RiskSummary runOn(Connection c) {
        TRIBUO_LOG.setLevel(Level.WARNING);
        Path home = ConfigOption.home();
        Path outDir = out != null ? out : Path.of("data", "risk");
        RiskOptions options = RiskOptions.defaults(home.resolve("reference").resolve("codelists"), outDir)
                .withSeed(seed).withGbm(new BoostedRiskModel.Settings(trees, 0.1, 4, threads)).withMaxTrainRows(maxTrainRows);
        long t0 = System.nanoTime();
        RiskSummary s = new RiskRun(c, options).run();
        print(s, (System.nanoTime() - t0) / 1e9, outDir);
        return s;
    }

    private static void print(RiskSummary s, double seconds, Path outDir) {
        System.out.printf(Locale.ROOT, "Emergency-admission risk: extract date %s; trained on %,d people (%,d events),"
                + " age-only AUROC %.3f%n", s.extractDate(), s.validation().trainN(), s.validation().trainEvents(),
                s.validation().baselineAgeAuroc());
        for (ScoredModel m : s.models()) {
            Evaluation e = m.report().evaluation();
            System.out.printf(Locale.ROOT, "  %-3s AUROC %.3f  calibration slope %.3f intercept %.3f  O/E %.3f"
                    + "  (train %.1f s, predict %.1f s, explain %.1f s)%s%n", m.id(), e.auroc(),
                    e.calibration().slope(), e.calibration().intercept(), e.observedOverExpected(),
                    m.report().trainSeconds(), m.predictSeconds(), m.explainSeconds(),
                    m.id().equals(s.primaryModel()) ? "  <- primary" : "");
            for (SubgroupPerformance g : e.subgroups()) {
                System.out.printf(Locale.ROOT, "      %-12s %-8s n %,9d  AUROC %s  O/E %.2f%n", g.breakdown(),
                        g.group(), g.n(), Double.isNaN(g.auroc()) ? "  n/a" : String.format(Locale.ROOT, "%.3f",
                                g.auroc()), g.observedOverExpected());
            }
        }
        System.out.printf(Locale.ROOT, "Scored %,d people; segments %s%n", s.scored(), s.segmentCounts());
        System.out.printf(Locale.ROOT, "Case lists %s%n", s.caseCounts());
        System.out.printf(Locale.ROOT, "Timings (s) %s; total %.1f s%n", s.timings(), seconds);
        s.history().warnings().forEach(w -> System.out.println("WARNING: " + w));
        System.out.println("Wrote model cards, metrics.json and calibration plots to " + outDir.toAbsolutePath());
    }
}
