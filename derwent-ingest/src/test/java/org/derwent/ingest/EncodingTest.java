package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unusable input stops the load with a message naming the file, and the store keeps its earlier content. */
class EncodingTest {

    @Test
    void latin1_file_stops_the_load_and_changes_nothing(@TempDir Path dir) throws IOException {
        try (Store store = Store.inMemory()) {
            Fixtures.load(store, Fixtures.SMALL_CSV);
            long before = Fixtures.count(store, "observation", "");
            Path bad = dir.resolve("Observation.ndjson");
            Files.write(bad, "{\"resourceType\":\"Observation\",\"id\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThatThrownBy(() -> Fixtures.load(store, dir)).isInstanceOf(LoadException.class)
                    .hasMessageContaining("Observation.ndjson").hasMessageContaining("not valid UTF-8");
            assertThat(Fixtures.count(store, "observation", "")).isEqualTo(before);
            assertThat(Fixtures.count(store, "load_history", "")).isEqualTo(1);
        }
    }

    @Test
    void csv_header_without_the_layout_columns_stops_the_load(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("observations.csv"), "id,patient\n1,2\n");
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> Fixtures.load(store, dir)).isInstanceOf(LoadException.class)
                    .hasMessageContaining("observations.csv line 1: header lacks column(s) [patient_id, code_system");
        }
    }
}
