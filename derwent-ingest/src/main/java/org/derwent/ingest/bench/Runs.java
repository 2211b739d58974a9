package org.derwent.ingest.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the load benchmark several times, each in a fresh JVM started with this JVM's options and class path (so every
 * run pays the start-up and JIT a real {@code derwent load} pays), one after the other. Prints each run's output, then
 * one line {@code BENCHMARK_RUNS runs=N seconds_median= seconds_min= seconds_max= records_per_second_median=
 * records_per_second_min= records_per_second_max= cpu_seconds_median= cpu_seconds_min= cpu_seconds_max=}: on a
 * shared machine identical runs differ by tens of percent, so a single run says little and the median is the figure
 * to compare.
 */
public final class Runs {
    private static final Pattern FIGURES = Pattern.compile(
            "^BENCHMARK .*\\bseconds=([0-9.]+) records_per_second=([0-9.]+) cpu_seconds=([0-9.]+)");

    /** One run's figures, from its {@code BENCHMARK} line. */
    public record Figures(double seconds, double recordsPerSecond, double cpuSeconds) {
        /** The figures of a {@code BENCHMARK} line, or null for any other line. */
        public static Figures of(String line) {
            Matcher m = FIGURES.matcher(line);
            return m.find() ? new Figures(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3))) : null;
        }
    }

    private Runs() {
    }

    /**
     * Runs the benchmark {@code runs} times with {@code argv} (as {@link LoadBenchmark#main}, checked first), printing
     * to {@code out}; returns the figures of every run. A run that fails stops the series with its exit code.
     */
    public static List<Figures> run(int runs, String[] argv, PrintStream out) throws IOException, InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs " + runs + ": expected at least 1");
        }
        LoadBenchmark.check(argv);
        List<Figures> all = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            out.printf("run %d of %d%n", i, runs);
            all.add(child(argv, out));
        }
        out.println(summary(all));
        return all;
    }

    private static Figures child(String[] argv, PrintStream out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LoadBenchmark.class.getName());
        command.addAll(Arrays.asList(argv));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        Figures figures = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.println(line);
                figures = figures != null ? figures : Figures.of(line);
            }
        }
        int code = p.waitFor();
        if (code != 0 || figures == null) {
            throw new IllegalStateException("benchmark run failed (exit code " + code + ")" + (figures == null
                    ? ", no BENCHMARK line" : ""));
        }
        return figures;
    }

    /** The {@code BENCHMARK_RUNS} line of a series. */
    static String summary(List<Figures> all) {
        return String.format(Locale.ROOT, "BENCHMARK_RUNS runs=%d %s %s %s", all.size(),
                stats("seconds", all, Figures::seconds, "%.2f"),
                stats("records_per_second", all, Figures::recordsPerSecond, "%.0f"),
                stats("cpu_seconds", all, Figures::cpuSeconds, "%.1f"));
    }

    private static String stats(String name, List<Figures> all, ToDoubleFunction<Figures> f, String format) {
        double[] v = all.stream().mapToDouble(f).sorted().toArray();
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        String x = format.substring(1);
        return String.format(Locale.ROOT, "%1$s_median=%2$" + x + " %1$s_min=%3$" + x + " %1$s_max=%4$" + x, name, median,
                v[0], v[n - 1]);
    }
}
