package org.derwent.synth.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.derwent.model.extract.ExtractTable;
import org.derwent.model.footprint.Ics;
import org.derwent.synth.output.Bytes;
import org.derwent.synth.output.FhirType;
import org.derwent.synth.output.Organizations;
import org.derwent.synth.record.Providers;

/**
 * The output files of a run: CSV tables in {@code OUT/csv/}, FHIR NDJSON in {@code OUT/fhir/} ({@code manifest.json}
 * stays in {@code OUT/}). Practice chunks are appended in the order they are given.
 */
final class OutputFiles implements AutoCloseable {
    static final String CSV_DIR = "csv";
    static final String FHIR_DIR = "fhir";
    private final Map<ExtractTable, OutputStream> csv = new EnumMap<>(ExtractTable.class);
    private final Map<FhirType, OutputStream> fhir = new EnumMap<>(FhirType.class);
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long living;
    private long deceased;

    OutputFiles(Path out, OutputFormat format) {
        try {
            Files.createDirectories(out);
            if (format.csv()) {
                Path dir = Files.createDirectories(out.resolve(CSV_DIR));
                for (ExtractTable t : ExtractTable.values()) {
                    OutputStream s = open(dir.resolve(t.fileName()));
                    s.write((String.join(",", t.columns()) + "\n").getBytes(StandardCharsets.US_ASCII));
                    csv.put(t, s);
                    counts.put(t.fileName(), 0L);
                }
            }
            if (format.fhir()) {
                Path dir = Files.createDirectories(out.resolve(FHIR_DIR));
                for (FhirType t : FhirType.values()) {
                    fhir.put(t, open(dir.resolve(t.fileName())));
                    counts.put(t.fileName(), 0L);
                }
            }
        } catch (IOException e) {
            close();
            throw new java.io.UncheckedIOException("cannot create output files in " + out, e);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    }

    void writeOrganizations(Ics ics, Providers providers) throws IOException {
        if (fhir.isEmpty()) {
            return;
        }
        Bytes b = new Bytes(1 << 16);
        long n = Organizations.write(ics, providers.acuteCodes(), b);
        b.writeTo(fhir.get(FhirType.Organization));
        counts.merge(FhirType.Organization.fileName(), n, Long::sum);
    }

    void write(PracticeTask.Chunk chunk) throws IOException {
        living += chunk.share().living();
        deceased += chunk.share().deceased();
        if (chunk.csv() != null) {
            for (ExtractTable t : ExtractTable.values()) {
                chunk.csv().buffer(t).writeTo(csv.get(t));
                counts.merge(t.fileName(), chunk.csv().rows(t), Long::sum);
            }
        }
        if (chunk.fhir() != null) {
            for (FhirType t : FhirType.values()) {
                chunk.fhir().buffer(t).writeTo(fhir.get(t));
                counts.merge(t.fileName(), chunk.fhir().count(t), Long::sum);
            }
        }
    }

    long livingPatients() {
        return living;
    }

    long deceasedPatients() {
        return deceased;
    }

    Map<String, Long> counts() {
        return counts;
    }

    @Override
    public void close() {
        IOException failure = null;
        for (OutputStream s : csv.values()) {
            failure = closeQuietly(s, failure);
        }
        for (OutputStream s : fhir.values()) {
            failure = closeQuietly(s, failure);
        }
        csv.clear();
        fhir.clear();
        if (failure != null) {
            throw new java.io.UncheckedIOException("cannot finish output files", failure);
        }
    }

    private static IOException closeQuietly(OutputStream s, IOException failure) {
        try {
            s.close();
        } catch (IOException e) {
            return failure == null ? e : failure;
        }
        return failure;
    }
}
