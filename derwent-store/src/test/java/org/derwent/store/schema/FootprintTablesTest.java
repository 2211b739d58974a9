package org.derwent.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.derwent.model.footprint.Ics;
import org.junit.jupiter.api.Test;

class FootprintTablesTest {
    private static final Ics ICS = Engines.derbyshire();

    @Test
    void writes_the_footprint_to_duckdb_and_rewriting_replaces_it() throws SQLException {
        try (Store store = Store.inMemory()) {
            store.writeFootprint(ICS);
            store.writeFootprint(ICS);
            assertCounts(store);
        }
    }

    @Test
    void writes_the_footprint_to_postgres() throws SQLException {
        try (Store store = Store.open(Engines.postgresUrl())) {
            store.writeFootprint(ICS);
            assertCounts(store);
        }
    }

    private static void assertCounts(Store store) throws SQLException {
        try (Connection c = store.connection(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM org_practice")).isEqualTo(ICS.practices().size());
            assertThat(count(s, "SELECT count(*) FROM org_pcn")).isEqualTo(ICS.pcns().size());
            assertThat(count(s, "SELECT count(*) FROM geo_lsoa")).isEqualTo(ICS.lsoas().size());
            assertThat(count(s, "SELECT count(*) FROM geo_district")).isEqualTo(ICS.districts().size());
            assertThat(count(s, "SELECT count(*) FROM geo_place")).isEqualTo(ICS.places().size());
            assertThat(count(s, "SELECT count(*) FROM geo_icp")).isEqualTo(ICS.icps().size());
            assertThat(count(s, "SELECT count(*) FROM org_provider")).isEqualTo(ICS.providers().size());
            assertThat(count(s, "SELECT sum(list_size) FROM org_practice")).isEqualTo(ICS.registeredPopulation());
            assertThat(count(s, "SELECT count(*) FROM geo_lsoa WHERE core20")).isEqualTo(
                    ICS.lsoas().stream().filter(l -> l.core20()).count());
            assertThat(count(s, "SELECT count(*) FROM geo_district WHERE place_code IS NULL")).isZero();
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
