package org.derwent.ingest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derwent.ingest.LoadListener;
import org.derwent.ingest.LoadReport;
import org.derwent.ingest.Loader;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.store.schema.Store;

/**
 * Load benchmark. {@code LoadBenchmark ndjson PATIENTS PER_PATIENT} generates synthetic FHIR NDJSON in a temporary
 * directory and loads it into a fresh store; {@code LoadBenchmark load SOURCE...} loads existing input; with
 * {@code --validate} (anywhere) every FHIR resource is first validated with HAPI FHIR ({@code load --validate}). Prints
 * records read, seconds, records per second and the peak resident set size (VmHWM) of this process.
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        try {
            run(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("LoadBenchmark: " + e.getMessage()
                    + "\nusage: LoadBenchmark [--validate] ndjson [PATIENTS [PER_PATIENT]] | load SOURCE...");
            System.exit(64);
        }
    }

    /**
     * Runs the benchmark (arguments as {@link #main}); wrong arguments throw an {@link IllegalArgumentException} that
     * names them, before anything is written.
     */
    public static void run(String[] argv) throws Exception {
        boolean validate = List.of(argv).contains("--validate");
        String[] args = check(argv);
        Path work = Files.createTempDirectory("derwent-bench");
        try {
            run(work, args, validate);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Checks the arguments (as {@link #main}) and returns them without {@code --validate}; wrong ones throw an
     * {@link IllegalArgumentException} that names them.
     */
    public static String[] check(String[] argv) {
        String[] args = java.util.Arrays.stream(argv).filter(a -> !a.equals("--validate")).toArray(String[]::new);
        String mode = args.length > 0 ? args[0] : "";
        if (!mode.equals("ndjson") && !mode.equals("load")) {
            throw new IllegalArgumentException("unknown mode '" + mode + "' (expected ndjson or load)");
        }
        if (mode.equals("load") && args.length < 2) {
            throw new IllegalArgumentException("load: name at least one SOURCE (a directory or file to load)");
        }
        for (int i = 1; mode.equals("ndjson") && i < args.length; i++) {
            if (!args[i].matches("[1-9][0-9]{0,8}")) {
                throw new IllegalArgumentException("ndjson: '" + args[i] + "' is not a count of "
                        + (i == 1 ? "patients" : "resources per patient") + " (a whole number from 1)");
            }
        }
        return args;
    }

    private static void run(Path work, String[] args, boolean validate) throws Exception {
        List<Path> sources = new ArrayList<>();
        if (args[0].equals("ndjson")) {
            int patients = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
            int per = args.length > 2 ? Integer.parseInt(args[2]) : 30;
            long t = System.nanoTime();
            long n = SyntheticNdjson.write(work.resolve("in"), patients, per);
            System.out.printf("generated %,d resources in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
            sources.add(work.resolve("in"));
        } else {
            for (int i = 1; i < args.length; i++) {
                sources.add(Path.of(args[i]));
            }
        }
        Pseudonymiser p = new Pseudonymiser("derwent-benchmark-key-not-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (Store store = Store.duckDb(work.resolve("bench.duckdb"))) {
            LoadListener phases = new LoadListener() {
                private long t0 = System.nanoTime();

                @Override
                public void phase(String d) {
                    System.out.printf("  %6.1f s  %6.1f cpu-s  %s%n", (System.nanoTime() - t0) / 1e9, cpuSeconds(), d);
                }
            };
            LoadReport r = new Loader(store, p, LocalDate.now(), phases).validate(validate).load(sources);
            System.out.print(r.summary());
            System.out.printf("BENCHMARK validate=%b read=%d seconds=%.2f records_per_second=%.0f cpu_seconds=%.1f cores=%d "
                    + "load_average=%.1f peak_rss_mib=%d store_mib=%d%n", validate, r.read(), r.seconds(), r.recordsPerSecond(),
                    cpuSeconds(), Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), peakRssMib(),
                    Files.size(work.resolve("bench.duckdb")) >> 20);
        }
    }

    /** Removes the benchmark's scratch directory (generated input and store), so repeated runs do not fill the disk. */
    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** CPU time used by this process so far (all threads, including DuckDB's native ones). */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** Peak resident set size of this process from /proc/self/status (Linux), or -1. */
    static long peakRssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
