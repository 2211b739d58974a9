package org.derwent.measures.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.derwent.measures.job.MeasureJob;
import org.derwent.measures.job.PeriodEnd;
import org.derwent.measures.plan.Breakdown;
import org.derwent.measures.result.StatsBridge;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.derwent.measures.sql.PostgresSqlDialect;

/**
 * Times the measure plan on a big store and prints seconds: all indicators x all breakdowns (with statistics), one
 * indicator alone, the 24-month series, and, with {@code --pg-url}, the same plan on PostgreSQL plus hand-written
 * per-indicator SQL ({@link HandWrittenSql}) on PostgreSQL, with the ratios.
 *
 * <pre>java -cp derwent.jar org.derwent.measures.bench.MeasureBenchmark --store data/derwent.duckdb
 *     [--pg-url jdbc:postgresql://...] [--period-end 2023-03-31] [--indicator HYP_TTT] [--home DIR] [--series]
 *     [--repeat N] [--one-only]</pre>
 *
 * <p>{@code --repeat N} times each DuckDB figure N times and prints the best and the median; {@code --one-only} skips
 * the all-indicators run. With {@code -Dderwent.measures.trace=true} each plan step's wall-clock and CPU seconds go
 * to standard error.
 */
public final class MeasureBenchmark {
    private MeasureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        Path home = a.home();
        System.out.printf("Measure benchmark: %d processors, store %s%n", Runtime.getRuntime().availableProcessors(), a.store());
        double duckAll;
        double duckOne;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + a.store())) {
            LocalDate pe = a.periodEnd() != null ? a.periodEnd() : PeriodEnd.latestExtract(c);
            MeasureEngine engine = MeasureEngine.load(home.resolve("measures"), home, new DuckDbSqlDialect());
            System.out.printf("period end %s, %d indicators (+ standardised), %d breakdowns%n", pe,
                    engine.definitions().indicators().size(), Breakdown.values().length);
            double[] alls = new double[a.repeat()];
            double[] ones = new double[a.repeat()];
            for (int r = 0; r < a.repeat(); r++) {
                alls[r] = a.oneOnly() ? Double.NaN : all(engine, c, pe, "DuckDB plan: all indicators x all breakdowns");
                ones[r] = one(engine, c, pe, a.indicator(), "DuckDB plan");
            }
            duckAll = best(alls);
            duckOne = best(ones);
            if (a.repeat() > 1) {
                System.out.printf("over %d runs: all best %.2f s, median %.2f s; %s alone best %.2f s, median %.2f s%n",
                        a.repeat(), best(alls), median(alls), a.indicator(), best(ones), median(ones));
            }
            if (a.series()) {
                long t = System.nanoTime();
                double cpu = cpuSeconds();
                MeasureJob.Output o = new MeasureJob(engine, new StatsBridge(), "ICB").compute(c, pe, true);
                System.out.printf("DuckDB plan with 24-month series: %.2f s (series %.2f s, %d rows; %.1f CPU s in all;"
                        + " load average %.1f)%n", (System.nanoTime() - t) / 1e9, o.seriesSeconds(), o.series().size(),
                        cpuSeconds() - cpu, loadAverage());
            }
            if (a.pgUrl() != null) {
                try (Connection pg = DriverManager.getConnection(a.pgUrl())) {
                    MeasureEngine pgEngine = MeasureEngine.load(home.resolve("measures"), home, new PostgresSqlDialect());
                    double pgAll = all(pgEngine, pg, pe, "PostgreSQL plan: all indicators x all breakdowns");
                    List<String> ids = HandWrittenSql.INDICATORS;
                    double planSubset = all(engine.only(ids), c, pe, "DuckDB plan: " + ids + " x all breakdowns");
                    double hand = HandWrittenSql.run(pg, pgEngine, pe, home);
                    System.out.printf("PostgreSQL hand-written SQL (one query per indicator x breakdown): %s: %.2f s%n", ids, hand);
                    System.out.printf("ratio hand-written PostgreSQL / DuckDB plan, same %d indicators: %.1fx%n", ids.size(), hand / planSubset);
                    System.out.printf("ratio PostgreSQL plan / DuckDB plan, all indicators: %.1fx%n", pgAll / duckAll);
                }
            }
        }
        System.out.printf("summary: all %.2f s (target <= 20), one %.2f s (target <= 2)%n", duckAll, duckOne);
    }

    static double best(double[] s) {
        return Arrays.stream(s).min().orElse(Double.NaN);
    }

    static double median(double[] s) {
        double[] x = s.clone();
        Arrays.sort(x);
        return x.length % 2 == 1 ? x[x.length / 2] : (x[x.length / 2 - 1] + x[x.length / 2]) / 2;
    }

    static double all(MeasureEngine engine, Connection c, LocalDate pe, String label) throws Exception {
        long t = System.nanoTime();
        double cpu = cpuSeconds();
        MeasureJob.Output o = new MeasureJob(engine, new StatsBridge(), "ICB").compute(c, pe, false);
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("%s: %.2f s (this process used %.1f CPU s; %d result rows; load average %.1f)%n", label, s,
                cpuSeconds() - cpu, o.results().size(), loadAverage());
        return s;
    }

    /** CPU seconds used by this process (Java and the embedded DuckDB threads); PostgreSQL work is not counted. */
    static double cpuSeconds() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double one(MeasureEngine engine, Connection c, LocalDate pe, String id, String label) throws Exception {
        MeasureEngine single = engine.only(List.of(id));
        long t = System.nanoTime();
        double cpu = cpuSeconds();
        MeasureJob.Output o = new MeasureJob(single, new StatsBridge(), "ICB").compute(c, pe, false);
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("%s: %s alone x all breakdowns: %.2f s (%.1f CPU s; %d rows; load average %.1f)%n", label, id, s,
                cpuSeconds() - cpu, o.results().size(), loadAverage());
        return s;
    }

    /** Command-line arguments. */
    record Args(Path store, String pgUrl, LocalDate periodEnd, String indicator, Path home, boolean series, int repeat,
            boolean oneOnly) {
        static Args parse(String[] args) {
            Path store = Path.of("data/derwent.duckdb");
            String pg = null;
            LocalDate pe = null;
            String ind = "HYP_TTT";
            Path home = Path.of(System.getProperty("derwent.home", ""));
            boolean series = false;
            int repeat = 1;
            boolean oneOnly = false;
            List<String> l = Arrays.asList(args);
            for (int i = 0; i < l.size(); i++) {
                switch (l.get(i)) {
                    case "--store" -> store = Path.of(l.get(++i));
                    case "--pg-url" -> pg = l.get(++i);
                    case "--period-end" -> pe = LocalDate.parse(l.get(++i));
                    case "--indicator" -> ind = l.get(++i);
                    case "--home" -> home = Path.of(l.get(++i));
                    case "--series" -> series = true;
                    case "--repeat" -> repeat = Integer.parseInt(l.get(++i));
                    case "--one-only" -> oneOnly = true;
                    default -> throw new IllegalArgumentException("unknown argument '" + l.get(i) + "'");
                }
            }
            return new Args(store.toAbsolutePath(), pg, pe, ind, home.toAbsolutePath(), series, repeat, oneOnly);
        }
    }

}
