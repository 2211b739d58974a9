package org.derwent.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.derwent.cli.ConfigOption;
import org.derwent.server.DerwentServer;
import org.derwent.server.security.DemoAccounts;
import org.derwent.server.status.Part;
import org.derwent.server.status.Readiness;
import org.derwent.store.schema.Store;
import org.duckdb.DuckDBConnection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the pipeline end to end and serves progressively (docs/web.md, "Progressive demo"): generate (cached),
 * load, the current period's measures, then the web server; the 24-month series and risk are computed in the
 * background in the same JVM on the same database instance, and appear without a restart. Steps whose
 * fingerprint is already in the store ({@link Stamps}) are reused.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate the default synthetic population (cached after the first run), load it, compute the "
                + "current indicators and serve the web app at once; the SPC series and risk scores follow in the "
                + "background. A second run reuses the population and the store when nothing changed.",
            "See docs/web.md (Progressive demo)."})
public final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--patients", paramLabel = "N", description = "Living registered patients (default: the configured registered population).")
    Long patients;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "Working directory for the population and store (default: data/ in the Derwent home).")
    Path data;

    @Option(names = "--port", defaultValue = "8080", description = "Web port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Compute everything in the foreground and stop (do not start the web server).")
    boolean noServe;

    @Option(names = "--fresh", description = "Ignore what the store already holds and redo every step (the population cache is kept).")
    boolean fresh;

    private final List<String> timings = new java.util.concurrent.CopyOnWriteArrayList<>();
    private long t0;

    @Override
    public Integer call() throws Exception {
        t0 = System.nanoTime();
        Path dir = data != null ? data : ConfigOption.home().resolve("data");
        Path population = dir.resolve("population");
        Path storeFile = dir.resolve("derwent.duckdb");
        Files.createDirectories(dir);
        generate(dir, population);
        long tf = System.nanoTime();
        StepFingerprints fp = StepFingerprints.of(ConfigOption.home(), population, new ConfigOption().dir());
        log("fingerprints of the population, configuration and code in %.1f s", (System.nanoTime() - tf) / 1e9);

        if (!reusable(storeFile, Step.LOAD, fp)) {
            try (Store s = Store.duckDb(storeFile); Connection c = s.connection()) {
                new Stamps(c).clear(Step.LOAD.withDependents());
            }
            long t = System.nanoTime();
            int rc = run("load", List.of("load", population.resolve("csv").toString(), "--store", storeFile.toString()));
            if (rc != 0) {
                throw new IllegalStateException("step 'load' failed with exit code " + rc + "; see the message above");
            }
            double secs = took("load", t);
            try (Store s = Store.duckDb(storeFile); Connection c = s.connection()) {
                new Stamps(c).finished(Step.LOAD, fp.load(), secs);
            }
        }
        Store store = Store.duckDb(storeFile);
        StoreSteps steps = new StoreSteps(store, storeFile, dir, fp, fresh);
        steps.measures(timings);
        Readiness readiness = new Readiness();
        readiness.riskIndicators(org.derwent.risk.RiskRun.indicators());
        boolean seriesDone = steps.done(Step.SERIES);
        boolean riskDone = steps.done(Step.RISK);
        if (noServe) {
            calibrationReport(dir, population);
            steps.background(seriesDone, riskDone, readiness, timings);
            log("everything ready in %.0f s: %s", elapsed(), summary());
            store.close();
            return 0;
        }
        double seriesWait = seriesDone ? 0 : steps.expected(Step.SERIES);
        if (!seriesDone) {
            readiness.computing(Part.SERIES, seriesWait);
        }
        if (!riskDone) {
            readiness.computing(Part.RISK, seriesWait + steps.expected(Step.RISK));
        }
        org.derwent.server.store.Store serverStore = org.derwent.server.store.Store.shared(
                (DuckDBConnection) store.connection(), DerwentServer.connections());
        DerwentServer server = DerwentServer.start(serverStore, storeFile, "127.0.0.1", port, true, readiness,
                org.derwent.server.security.ThrottlePolicy.standard());
        String url = "http://127.0.0.1:" + server.port() + "/";
        log("serving at %s after %.0f s (%s) - demo accounts: docs/roles.md, password '%s'. Ctrl-C stops it.",
                url, elapsed(), summary(), DemoAccounts.PASSWORD);
        CountDownLatch stop = new CountDownLatch(1);
        Thread work = new Thread(() -> {
            calibrationReport(dir, population);
            steps.background(seriesDone, riskDone, readiness, timings);
            log("everything ready %.0f s after the start (%s); still serving at %s", elapsed(), summary(), url);
        }, "derwent-demo-background");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        work.setDaemon(true);
        work.start();
        stop.await();
        return 0;
    }

    private void generate(Path dir, Path population) throws java.io.IOException {
        if (cached(population)) {
            log("population: using the cached population in %s (delete it to regenerate)", population);
            return;
        }
        List<String> args = new ArrayList<>(List.of("generate", "--seed", Long.toString(seed), "--out", population.toString(),
                "--format", "csv"));
        if (patients != null) {
            args.addAll(List.of("--patients", Long.toString(patients)));
        }
        long t = System.nanoTime();
        int rc = run("generate", args);
        if (rc != 0) {
            throw new IllegalStateException("step 'generate' failed with exit code " + rc + "; see the message above");
        }
        took("generate", t);
    }

    /**
     * Writes the calibration report of the population (generated vs reference figures, {@code data/calibration-report.md})
     * when it is missing or older than the population. It reads the whole extract (about 12 s on the default
     * population), so the demo writes it after it starts serving; the web app does not need it.
     */
    private void calibrationReport(Path dir, Path population) {
        Path report = dir.resolve("calibration-report.md");
        try {
            Path manifest = population.resolve("manifest.json");
            if (Files.isRegularFile(report) && Files.isRegularFile(manifest)
                    && Files.getLastModifiedTime(report).compareTo(Files.getLastModifiedTime(manifest)) >= 0) {
                return;
            }
            long t = System.nanoTime();
            int rc = run("calibration", List.of("calibration", "--in", population.toString(), "--out", report.toString()));
            if (rc == 0) {
                took("calibration report", t);
            } else {
                log("calibration report failed with exit code %d (the demo goes on)", rc);
            }
        } catch (java.io.IOException e) {
            log("calibration report not written: %s (the demo goes on)", e.getMessage());
        }
    }

    /** True when the store holds the step's results with the current fingerprint (and {@code --fresh} is off). */
    private boolean reusable(Path storeFile, Step step, StepFingerprints fp) throws java.sql.SQLException {
        if (fresh || !Files.isRegularFile(storeFile)) {
            return false;
        }
        try (Store s = Store.duckDb(storeFile); Connection c = s.connection()) {
            boolean ok = new Stamps(c).done(step, fp.of(step)) && Contents.present(c, step);
            if (ok) {
                log("%s: reusing the store %s (same population, configuration and code as its last load)", step.id(), storeFile);
            }
            return ok;
        }
    }

    /** True when the population directory holds a finished run made with the same seed and size. */
    private boolean cached(Path population) throws java.io.IOException {
        Path manifest = population.resolve("manifest.json");
        if (!Files.isRegularFile(manifest) || !Files.isDirectory(population.resolve("csv"))) {
            return false;
        }
        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        long wanted = patients != null ? patients : new ConfigOption().load().registeredPopulation();
        return m.path("seed").asLong() == seed && m.path("patients").asLong() == wanted
                && "all".equals(m.path("practices").asText());
    }

    private double took(String name, long t) {
        double secs = (System.nanoTime() - t) / 1e9;
        timings.add(String.format("%s %.1f s", name, secs));
        return secs;
    }

    private String summary() {
        return timings.isEmpty() ? "every step reused from the store" : String.join(", ", timings);
    }

    private double elapsed() {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.println("[demo] " + String.format(format, args));
    }

    private int run(String name, List<String> args) {
        CommandLine root = spec.root().commandLine();
        if (root.getSubcommands().get(name) == null) {
            throw new IllegalStateException("step '" + name + "' is not part of this build of Derwent");
        }
        log("%s", String.join(" ", args));
        return root.execute(args.toArray(String[]::new));
    }
}
