package org.derwent.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCreationTest {

    @Test
    void creates_every_table_with_its_columns_on_duckdb(@TempDir Path dir) throws SQLException {
        try (Store store = Store.duckDb(dir.resolve("sub").resolve("s.duckdb"))) {
            assertEveryTable(store);
        }
    }

    @Test
    void creates_every_table_with_its_columns_on_postgres() throws SQLException {
        try (Store store = Store.open(Engines.postgresUrl())) {
            assertEveryTable(store);
        }
    }

    @Test
    void reopening_keeps_rows(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("s.duckdb");
        try (Store store = Store.duckDb(file); Connection c = store.connection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO person (person_id, sex) VALUES ('p1', 'F')");
        }
        try (Store store = Store.duckDb(file); Connection c = store.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM person")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    private static void assertEveryTable(Store store) throws SQLException {
        try (Connection c = store.connection(); Statement s = c.createStatement()) {
            for (Table t : StoreSchema.ALL) {
                List<String> cols = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t.name() + " WHERE 1 = 0")) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        cols.add(rs.getMetaData().getColumnName(i).toLowerCase());
                    }
                }
                // a store created before a column was added gets it appended (Store.createSchema), so compare as sets
                assertThat(cols).as(t.name()).containsExactlyInAnyOrderElementsOf(t.columnNames());
            }
        }
    }
}
