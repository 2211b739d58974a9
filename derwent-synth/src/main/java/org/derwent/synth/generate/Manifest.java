package org.derwent.synth.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * {@code manifest.json} in the output directory: seed, patients, extract date, configuration id, format and counts.
 * It holds no timings, so it is identical for identical runs.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    static void write(GeneratorOptions o, GenerationResult r) {
        ObjectNode m = JSON.createObjectNode();
        m.put("generator", "derwent-synth");
        m.put("configId", o.ics().id());
        m.put("seed", o.seed());
        m.put("patients", o.patients());
        m.put("extractDate", o.extractDate().toString());
        m.put("format", o.format().name().toLowerCase());
        m.putPOJO("practices", o.practices().isEmpty() ? "all" : new java.util.TreeSet<>(o.practices()));
        m.put("livingPatients", r.living());
        m.put("deceasedPatients", r.deceased());
        m.putPOJO("records", new TreeMap<>(r.records()));
        try {
            JSON.writeValue(o.out().resolve(FILE).toFile(), m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + o.out().resolve(FILE), e);
        }
    }

    /** Reads a manifest back (used by the calibration report). */
    public static com.fasterxml.jackson.databind.JsonNode read(Path dir) {
        try {
            return JSON.readTree(dir.resolve(FILE).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(FILE), e);
        }
    }
}
