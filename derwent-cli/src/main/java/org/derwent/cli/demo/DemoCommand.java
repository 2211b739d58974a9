package org.derwent.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derwent.cli.ConfigOption;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the pipeline end to end by calling the other sub-commands: generate (cached), load, measures, risk, serve.
 * A step whose command is not part of this build is reported as not built, never faked.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate the default synthetic population (cached after the first run), load it, compute the "
                + "indicators and risk scores, and serve the web app.")
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

    @Option(names = "--no-serve", description = "Stop after computing everything (do not start the web server).")
    boolean noServe;

    private final List<String> timings = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        Path dir = data != null ? data : ConfigOption.home().resolve("data");
        Path population = dir.resolve("population");
        Path store = dir.resolve("derwent.duckdb");
        Files.createDirectories(dir);

        if (cached(population)) {
            System.out.println("[demo] population: using the cached population in " + population + " (delete it to regenerate)");
        } else {
            List<String> args = new ArrayList<>(List.of("generate", "--seed", Long.toString(seed), "--out", population.toString(),
                    "--format", "csv", "--report", dir.resolve("calibration-report.md").toString()));
            if (patients != null) {
                args.addAll(List.of("--patients", Long.toString(patients)));
            }
            step("generate", args);
        }
        step("load", List.of("load", population.resolve("csv").toString(), "--store", store.toString()));
        step("measures", List.of("measures", "--store", store.toString()));
        step("risk", List.of("risk", "--store", store.toString(), "--out", dir.resolve("risk").toString()));
        System.out.printf("[demo] ready in %.0f s: %s%n", (System.nanoTime() - t0) / 1e9, String.join(", ", timings));
        if (noServe) {
            return 0;
        }
        return run("serve", List.of("serve", "--store", store.toString(), "--port", Integer.toString(port), "--demo-accounts"));
    }

    /** True when the population directory holds a finished run made with the same seed and size. */
    private boolean cached(Path population) throws IOException {
        Path manifest = population.resolve("manifest.json");
        if (!Files.isRegularFile(manifest) || !Files.isDirectory(population.resolve("csv"))) {
            return false;
        }
        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        long wanted = patients != null ? patients : new ConfigOption().load().registeredPopulation();
        return m.path("seed").asLong() == seed && m.path("patients").asLong() == wanted
                && "all".equals(m.path("practices").asText());
    }

    private void step(String name, List<String> args) {
        long t = System.nanoTime();
        int rc = run(name, args);
        if (rc != 0) {
            throw new IllegalStateException("step '" + name + "' failed with exit code " + rc + "; see the message above");
        }
        timings.add(String.format("%s %.0f s", name, (System.nanoTime() - t) / 1e9));
    }

    private int run(String name, List<String> args) {
        CommandLine root = spec.root().commandLine();
        CommandLine sub = root.getSubcommands().get(name);
        if (sub == null) {
            System.out.println("[demo] " + name + ": not built yet in this version of Derwent; skipping.");
            return 0;
        }
        System.out.println("[demo] " + String.join(" ", args));
        return root.execute(args.toArray(String[]::new));
    }
}
