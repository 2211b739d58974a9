package org.derwent.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one load did; written as {@code load-report.json}. Totals reconcile:
 * {@code read = loaded + quarantined + skippedByType}.
 *
 * @param peopleMerged     person records that named a person already given by another record of this load
 * @param loadedByType     loaded records by FHIR resource type or CSV table
 * @param quarantineReasons quarantined records by reason
 * @param validationWarnings warnings of the opt-in FHIR validation ({@code load --validate}; 0 without it), counted
 *                           and not quarantined
 */
public record LoadReport(long loadId, String store, LocalDate extractDate, double seconds, long read, long loaded,
                         long quarantined, long skippedByType, Map<String, Long> skippedTypes,
                         Map<String, Long> loadedByType, Map<String, Long> quarantineReasons, long peopleMerged,
                         List<FileReport> files, List<String> ignoredFiles, long validationWarnings) {

    /** True when the counts reconcile. */
    public boolean reconciles() {
        return read == loaded + quarantined + skippedByType;
    }

    /** Resources (records) read per second. */
    public double recordsPerSecond() {
        return seconds <= 0 ? 0 : read / seconds;
    }

    public void write(Path file) {
        try {
            Path abs = file.toAbsolutePath();
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValue(abs.toFile(), this);
        } catch (IOException e) {
            throw new LoadException("cannot write the load report " + file + ": " + e.getMessage(), e);
        }
    }

    /** A few lines for the terminal. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("load %d: read %,d = loaded %,d + quarantined %,d + skipped-by-type %,d%s%n", loadId, read,
                loaded, quarantined, skippedByType, reconciles() ? "" : "  (DOES NOT RECONCILE)"));
        s.append(String.format("  %d file(s), %.1f s, %,.0f records/s%n", files.size(), seconds, recordsPerSecond()));
        long already = files.stream().filter(f -> !"loaded".equals(f.status())).count();
        if (already > 0) {
            s.append(String.format("  %d file(s) not read again: same content already loaded%n", already));
        }
        loadedByType.forEach((k, v) -> s.append(String.format("  loaded %-20s %,d%n", k, v)));
        skippedTypes.forEach((k, v) -> s.append(String.format("  skipped %-19s %,d%n", k, v)));
        quarantineReasons.entrySet().stream().limit(10)
                .forEach(e -> s.append(String.format("  quarantined %,d: %s%n", e.getValue(), e.getKey())));
        if (validationWarnings > 0) {
            s.append(String.format("  %,d FHIR validation warning(s) (counted, not quarantined)%n", validationWarnings));
        }
        if (peopleMerged > 0) {
            s.append(String.format("  %,d patient record(s) named a person already in this load%n", peopleMerged));
        }
        return s.toString();
    }
}
