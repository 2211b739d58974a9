package org.derwent.measures.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.derwent.measures.fixture.Expected;
import org.derwent.measures.fixture.FixtureCounts;
import org.derwent.measures.fixture.FixtureDb;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.derwent.measures.sql.PostgresSqlDialect;
import org.junit.jupiter.api.Test;

/**
 * The {@code definitions} fixture (src/test/resources/fixtures/definitions/README.md): hypertension thresholds at
 * 140/90 and 150/90, ages 17/79/80, window edges, QOF personalised care adjustments, and the CFAS II age-sex bands
 * of the dementia diagnosis rate, counted by hand; on DuckDB and (with DERWENT_PG_URL) PostgreSQL.
 */
class PublishedDefinitionsTest {
    static final LocalDate PE = LocalDate.of(2024, 3, 31);

    @Test
    void duckdb_counts_the_definitions_fixture_as_derived_by_hand() throws Exception {
        try (Connection c = FixtureDb.duckdb()) {
            assertMatches(FixtureCounts.of(c, "definitions", new DuckDbSqlDialect(), PE));
        }
    }

    @Test
    void postgres_counts_the_definitions_fixture_as_derived_by_hand() throws Exception {
        String url = System.getenv("DERWENT_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "DERWENT_PG_URL not set: PostgreSQL not run");
        String schema = "measures_definitions_" + ProcessHandle.current().pid();
        try (Connection c = FixtureDb.postgres(url, schema)) {
            try {
                assertMatches(FixtureCounts.of(c, "definitions", new PostgresSqlDialect(), PE));
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static void assertMatches(Map<String, double[]> got) throws Exception {
        for (Expected e : Expected.read("definitions")) {
            assertThat(got).as(e.key()).containsKey(e.key());
            assertThat(got.get(e.key())[0]).as("numerator of " + e.key()).isCloseTo(e.numerator(), Offset.offset(1e-9));
            assertThat(got.get(e.key())[1]).as("denominator of " + e.key()).isCloseTo(e.denominator(), Offset.offset(1e-9));
        }
    }
}
