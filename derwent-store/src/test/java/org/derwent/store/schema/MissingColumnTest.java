package org.derwent.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingColumnTest {

    @Test
    void opening_an_older_store_adds_the_clinician_id_column_and_keeps_rows(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("old.duckdb");
        try (Store store = Store.duckDb(file); Connection c = store.connection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE encounter DROP COLUMN clinician_id");
            s.execute("INSERT INTO encounter (record_id, person_id, setting) VALUES ('e1', 'p1', 'gp')");
        }
        try (Store store = Store.duckDb(file); Connection c = store.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT record_id, clinician_id FROM encounter")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("e1");
            assertThat(rs.getString(2)).isNull();
        }
    }
}
