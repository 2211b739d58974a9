package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.count;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.derwent.ingest.bench.SyntheticNdjson;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of many batches, staged by the workers themselves through background flushes: every row arrives once, at
 * its own line, and quarantine keeps file, line and the reason the text parser gives (as before lines were parsed as
 * bytes).
 */
class ParallelNdjsonTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static LoadReport report;

    @BeforeAll
    static void load() throws IOException {
        SyntheticNdjson.write(dir, 400, 25);
        Files.writeString(dir.resolve("Observation.ndjson"), "{\"resourceType\":\"Observation\",\"id\":\n"
                + "{\"resourceType\":\"Observation\",\"id\":\"unterminated\n"
                + "{\"resourceType\":\"Observation\",\"id\":\"o0-0\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\","
                + "\"code\":\"72313002\"}]},\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2023-05-05\"}\n",
                StandardOpenOption.APPEND);
        store = Store.inMemory();
        report = Fixtures.load(store, dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void every_line_is_counted_once() {
        assertThat(report.reconciles()).isTrue();
        assertThat(report.read()).isEqualTo(400 + 10_000 + 3);
        assertThat(report.quarantined()).isEqualTo(3);
    }

    @Test
    void every_row_is_stored_once_at_its_line() {
        assertThat(count(store, "observation", "")).isEqualTo(10_000);
        assertThat(count(store, "SELECT count(DISTINCT source_line) FROM observation")).isEqualTo(10_000);
        assertThat(rows(store, "SELECT min(source_line), max(source_line) FROM observation")).containsExactly("2|10003");
        assertThat(count(store, "SELECT count(DISTINCT person_id) FROM observation WHERE record_id IN ('o0-0', 'o1-3')"))
                .isEqualTo(1);
        assertThat(count(store, "SELECT count(DISTINCT person_id) FROM observation WHERE record_id IN ('o0-0', 'o0-1')"))
                .isEqualTo(2);
        assertThat(count(store, "person", "")).isEqualTo(400);
    }

    @Test
    void quarantine_names_file_and_line() {
        assertThat(rows(store, "SELECT file, line, reason FROM quarantine")).containsExactlyInAnyOrder(
                "Observation.ndjson|1|duplicate record_id in this load (the last occurrence was kept)",
                "Observation.ndjson|10001|malformed JSON: Unexpected end-of-input within/between Object entries",
                "Observation.ndjson|10002|malformed JSON: Unexpected end-of-input: was expecting closing quote for a "
                        + "string value");
    }
}
