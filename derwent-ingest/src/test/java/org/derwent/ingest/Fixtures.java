package org.derwent.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.store.schema.Store;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;

/** Test fixtures: the small hand-written extract (CSV and the same data as NDJSON), a fixed key, queries. */
public final class Fixtures {
    public static final LocalDate EXTRACT_DATE = LocalDate.of(2024, 3, 31);
    public static final byte[] KEY = "derwent-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    public static final Path SMALL_CSV = Path.of("src/test/resources/small/csv");
    public static final Path SMALL_NDJSON = Path.of("src/test/resources/small/ndjson");

    private Fixtures() {
    }

    public static Pseudonymiser pseudonymiser() {
        return new Pseudonymiser(KEY);
    }

    public static LoadReport load(Store store, Path... sources) {
        return new Loader(store, pseudonymiser(), EXTRACT_DATE, LoadListener.NONE).load(List.of(sources));
    }

    /** The rows of a query, each as its columns joined by {@code |}, sorted. */
    public static List<String> rows(Store store, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = store.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        Collections.sort(out);
        return out;
    }

    public static long count(Store store, String sql) {
        return Long.parseLong(rows(store, sql).get(0));
    }

    public static long count(Store store, String table, String where) {
        return count(store, "SELECT count(*) FROM " + table + (where.isEmpty() ? "" : " WHERE " + where));
    }

    /** Writes {@code lines} (each ended by a line feed) to {@code dir/name}. */
    public static void writeLines(Path dir, String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    /** Asserts that two stores hold the same rows in every table but {@code load_history} (timestamps differ). */
    public static void assertSameTables(Store actual, Store expected) {
        for (Table t : StoreSchema.ALL) {
            if (t != StoreSchema.LOAD_HISTORY) {
                String q = "SELECT * FROM " + t.name();
                org.assertj.core.api.Assertions.assertThat(rows(actual, q)).as(t.name()).isEqualTo(rows(expected, q));
            }
        }
    }
}
