package org.derwent.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import org.derwent.risk.model.Evaluation;
import org.derwent.risk.testing.Duck;
import org.derwent.risk.testing.SimulatedPopulation;
import org.derwent.risk.testing.StoreTables;

/**
 * Benchmark (not a unit test): {@code RiskBenchmark STORE.duckdb [N] [OUT]} simulates a population of N people
 * (default 1,100,000) into STORE when it does not exist, then runs the whole risk run and prints the timings and
 * metrics. Run from the derwent-risk directory with the test classpath.
 */
public final class RiskBenchmark {
    private RiskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args.length > 0 ? args[0] : "target/bench.duckdb");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_100_000;
        Path out = Path.of(args.length > 2 ? args[2] : "target/bench-risk");
        java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
        boolean fresh = !Files.exists(store);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath())) {
            if (fresh) {
                long t0 = System.nanoTime();
                SimulatedPopulation.fill(c, n, Math.max(4, n / 8000), 2024);
                System.out.printf(Locale.ROOT, "simulated %,d people in %.1f s (%,.0f encounters)%n", n,
                        (System.nanoTime() - t0) / 1e9, Duck.value(c, "SELECT count(*) FROM encounter"));
            }
            StoreTables.create(c);
            StoreTables.createHospitalDetail(c);
            long t0 = System.nanoTime();
            RiskSummary s = new RiskRun(c, RiskOptions.defaults(SimulatedPopulation.CODELISTS, out)).run();
            System.out.printf(Locale.ROOT, "risk run %.1f s; scored %,d; timings %s%n", (System.nanoTime() - t0) / 1e9,
                    s.scored(), s.timings());
            for (ScoredModel m : s.models()) {
                Evaluation e = m.report().evaluation();
                System.out.printf(Locale.ROOT, "%s: AUROC %.4f (age only %.4f), slope %.3f, intercept %.3f, CITL %.3f,"
                        + " O/E %.3f; train %.1f s, predict %.1f s, explain %.1f s%n", m.id(), e.auroc(),
                        s.validation().baselineAgeAuroc(), e.calibration().slope(), e.calibration().intercept(),
                        e.calibration().inTheLarge(), e.observedOverExpected(), m.report().trainSeconds(),
                        m.predictSeconds(), m.explainSeconds());
            }
            System.out.println("segments " + s.segmentCounts() + " case lists " + s.caseCounts());
            s.history().warnings().forEach(w -> System.out.println("WARNING: " + w));
        }
    }
}
