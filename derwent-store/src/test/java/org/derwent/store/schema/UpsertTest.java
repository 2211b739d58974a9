package org.derwent.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An upsert replaces rows with the same key and adds new ones, on every engine. */
class UpsertTest {

    @Test
    void duckdb_upsert_replaces_and_adds() throws SQLException {
        try (Store s = Store.inMemory()) {
            assertUpsert(s);
        }
    }

    @Test
    void postgres_upsert_replaces_and_adds() throws SQLException {
        try (Store s = Store.open(Engines.postgresUrl())) {
            assertUpsert(s);
        }
    }

    private static void assertUpsert(Store store) throws SQLException {
        try (Connection c = store.connection(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM org_pcn WHERE pcn_code LIKE 'TEST%'");
            st.execute("INSERT INTO org_pcn VALUES ('TEST1', 'old'), ('TEST2', 'kept')");
            for (String sql : store.dialect().upsert(StoreSchema.ORG_PCN,
                    "SELECT * FROM (VALUES ('TEST1', 'new'), ('TEST3', 'added')) AS v (pcn_code, name)")) {
                st.execute(sql);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT pcn_code, name FROM org_pcn WHERE pcn_code LIKE 'TEST%' ORDER BY 1")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "=" + rs.getString(2));
                }
            }
            st.execute("DELETE FROM org_pcn WHERE pcn_code LIKE 'TEST%'");
            assertThat(rows).containsExactly("TEST1=new", "TEST2=kept", "TEST3=added");
        }
    }
}
