package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.count;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derwent.store.schema.Store;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the same files twice adds nothing; a later extract updates and adds. */
class ReloadTest {

    @Test
    void reloading_the_same_files_adds_nothing(@TempDir Path dir) {
        try (Store store = Store.duckDb(dir.resolve("s.duckdb"))) {
            Fixtures.load(store, Fixtures.SMALL_NDJSON);
            List<String> before = snapshot(store);
            LoadReport again = Fixtures.load(store, Fixtures.SMALL_NDJSON);
            assertThat(again.read()).isZero();
            assertThat(again.files()).allMatch(f -> f.status().equals("already-loaded"));
            assertThat(snapshot(store)).isEqualTo(before);
        }
    }

    @Test
    void same_records_in_a_changed_file_are_upserted_not_duplicated(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        for (Path f : Files.list(Fixtures.SMALL_CSV).toList()) {
            Files.writeString(copy.resolve(f.getFileName()), Files.readString(f) + "\n");
        }
        try (Store store = Store.inMemory()) {
            Fixtures.load(store, Fixtures.SMALL_CSV);
            List<String> before = snapshot(store);
            LoadReport again = Fixtures.load(store, copy);
            assertThat(again.read()).isPositive();
            assertThat(snapshot(store)).isEqualTo(before);
        }
    }

    @Test
    void a_later_extract_updates_and_adds(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("observations.csv"), String.join("\n",
                "id,patient_id,code_system,code,date,value,unit,source_org",
                "o-1,pat-1,snomed,72313002,2023-11-02,150,mm[Hg],C81001",
                "o-9,pat-3,snomed,72313002,2024-01-02,120,mm[Hg],C81001"));
        try (Store store = Store.inMemory()) {
            Fixtures.load(store, Fixtures.SMALL_CSV);
            LoadReport later = Fixtures.load(store, dir);
            assertThat(later.loaded()).isEqualTo(2);
            assertThat(count(store, "observation", "")).isEqualTo(5);
            assertThat(rows(store, "SELECT record_id, value, load_id FROM observation WHERE record_id IN ('o-1', 'o-9')"))
                    .containsExactly("o-1|150.0|2", "o-9|120.0|2");
            assertThat(count(store, "load_history", "")).isEqualTo(2);
        }
    }

    static List<String> snapshot(Store store) {
        List<String> out = new java.util.ArrayList<>();
        for (Table t : StoreSchema.ALL) {
            if (t != StoreSchema.LOAD_HISTORY && t != StoreSchema.SOURCE_FILE && !StoreSchema.FOOTPRINT.contains(t)) {
                String cols = String.join(", ", t.columnNames().stream()
                        .filter(c -> !List.of("load_id", "source_file").contains(c)).toList());
                out.add(t.name() + rows(store, "SELECT " + cols + " FROM " + t.name()));
            }
        }
        return out;
    }
}
