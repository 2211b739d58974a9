package org.derwent.synth;

import java.nio.file.Path;
import java.util.Set;
import org.derwent.model.footprint.FootprintLoader;
import org.derwent.model.footprint.Ics;
import org.derwent.synth.generate.GenerationResult;
import org.derwent.synth.generate.Generator;
import org.derwent.synth.generate.GeneratorOptions;
import org.derwent.synth.generate.OutputFormat;

/** Paths and small generation runs shared by the tests (the module directory is the working directory). */
public final class Fixtures {
    public static final Path CODELISTS = Path.of("..", "reference", "codelists");
    public static final Path DERBYSHIRE = Path.of("..", "config", "derby-derbyshire");
    public static final Path NORTHWOLD = Path.of("..", "config", "examples", "northwold");
    private static Ics derbyshire;

    private Fixtures() {
    }

    public static synchronized Ics derbyshire() {
        if (derbyshire == null) {
            derbyshire = FootprintLoader.load(DERBYSHIRE);
        }
        return derbyshire;
    }

    /** Generates {@code practices} (ODS codes) of a full-size Derbyshire run scaled to {@code patients}. */
    public static GenerationResult generate(Path out, long patients, long seed, OutputFormat format, int threads, String... practices) {
        Ics ics = derbyshire();
        GeneratorOptions o = new GeneratorOptions(ics, CODELISTS, patients, seed, ics.referenceDate(), format, out,
                Set.of(practices), threads, n -> { });
        return Generator.run(o);
    }
}
