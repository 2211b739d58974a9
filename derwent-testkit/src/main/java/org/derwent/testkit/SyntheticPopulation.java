package org.derwent.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.derwent.model.footprint.FootprintLoader;
import org.derwent.model.footprint.Ics;
import org.derwent.synth.generate.GenerationResult;
import org.derwent.synth.generate.Generator;
import org.derwent.synth.generate.GeneratorOptions;
import org.derwent.synth.generate.OutputFormat;

/**
 * A small synthetic Derby and Derbyshire population for tests, written once per JVM into a temporary directory
 * and shared. Layout: {@code dir()/csv} (CSV extract, docs/csv-extract.md) and {@code dir()/fhir} (FHIR NDJSON).
 * The repository root is found by walking up from the working directory to the one holding {@code config/}.
 *
 * <pre>{@code
 * SyntheticPopulation pop = SyntheticPopulation.small();
 * Path patients = pop.csv().resolve("patients.csv");
 * }</pre>
 */
public final class SyntheticPopulation {
    /** Default practices: two city and one county practice. */
    public static final Set<String> PRACTICES = Set.of("C81001", "C81002", "C81003");
    private static final Map<String, SyntheticPopulation> CACHE = new ConcurrentHashMap<>();
    private final Path dir;
    private final GenerationResult result;
    private final Ics ics;

    private SyntheticPopulation(Path dir, GenerationResult result, Ics ics) {
        this.dir = dir;
        this.result = result;
        this.ics = ics;
    }

    /** About 2,000 patients at three practices (seed 1), CSV and FHIR. */
    public static SyntheticPopulation small() {
        return of(200_000, 1, PRACTICES);
    }

    /** A population of {@code patients} (ICS-wide scale) restricted to {@code practices}, generated once per arguments. */
    public static SyntheticPopulation of(long patients, long seed, Set<String> practices) {
        String key = patients + "/" + seed + "/" + new java.util.TreeSet<>(practices);
        return CACHE.computeIfAbsent(key, k -> generate(patients, seed, practices));
    }

    private static SyntheticPopulation generate(long patients, long seed, Set<String> practices) {
        Path root = repositoryRoot();
        Ics ics = FootprintLoader.load(root.resolve("config").resolve("derby-derbyshire"));
        try {
            Path dir = Files.createTempDirectory("derwent-population-");
            GeneratorOptions o = new GeneratorOptions(ics, root.resolve("reference").resolve("codelists"), patients, seed,
                    ics.referenceDate(), OutputFormat.BOTH, dir, practices, 2, n -> { });
            return new SyntheticPopulation(dir, Generator.run(o), ics);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the test population", e);
        }
    }

    /** The repository root: the nearest directory at or above the working directory that holds {@code config/}. */
    public static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("config").resolve("derby-derbyshire"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no config/derby-derbyshire above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    public Path dir() {
        return dir;
    }

    public Path csv() {
        return dir.resolve("csv");
    }

    public Path fhir() {
        return dir.resolve("fhir");
    }

    public GenerationResult result() {
        return result;
    }

    public Ics ics() {
        return ics;
    }
}
