package org.derwent.measures.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.derwent.measures.fixture.FixtureDb;
import org.derwent.measures.fixture.RandomPopulation;
import org.derwent.measures.fixture.TestHome;
import org.derwent.measures.result.MeasureRow;
import org.derwent.measures.result.StatsBridge;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.junit.jupiter.api.Test;

/**
 * An indicator computed alone (only its variables; the pivot aggregated as a sub-query when nothing is standardised)
 * gives the same rows as in the run of every indicator.
 */
class SingleIndicatorTest {
    static final LocalDate PE = LocalDate.of(2024, 3, 31);
    /** Counts, sums of encounters, a death cohort, spells, a ratio of expected cases and a standardised one. */
    static final List<String> IDS = List.of("HYP_TTT", "AF_ANTICOAG", "SMI_HC", "EOL_3EA", "READMIT_30D", "EA_RATE",
            "DEM_DX_RATE", "QOF_HYP008");

    @Test
    void an_indicator_alone_gives_the_rows_it_has_in_the_full_run() throws Exception {
        try (Connection c = FixtureDb.duckdb()) {
            check(c, new DuckDbSqlDialect());
        }
    }

    @Test
    void the_same_on_postgres() throws Exception {
        String url = System.getenv("DERWENT_PG_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null && !url.isBlank(), "DERWENT_PG_URL not set");
        String schema = "measures_single_" + ProcessHandle.current().pid();
        try (Connection c = FixtureDb.postgres(url, schema)) {
            try {
                check(c, new org.derwent.measures.sql.PostgresSqlDialect());
            } finally {
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static void check(Connection c, org.derwent.measures.sql.SqlDialect dialect) throws Exception {
        FixtureDb.load(c, "none");
        RandomPopulation.write(c, 1500, 42L, PE);
        MeasureEngine engine = MeasureEngine.load(TestHome.measures(), TestHome.home(), dialect);
        List<MeasureRow> all = new MeasureJob(engine, new StatsBridge(), "ICB").compute(c, PE, false).results();
        for (String id : IDS) {
            List<MeasureRow> alone = new MeasureJob(engine.only(List.of(id)), new StatsBridge(), "ICB")
                    .compute(c, PE, false).results();
            List<MeasureRow> expected = sorted(all.stream()
                    .filter(r -> r.indicatorId().equals(id) || r.indicatorId().equals(id + "_DSR")).toList());
            assertThat(expected).as(id).hasSizeGreaterThan(15);
            if (id.equals("DEM_DX_RATE")) {
                // a sum of doubles (expected cases): the order of addition may differ between the two runs
                assertThat(sorted(alone)).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(sorted(alone).get(i).denominator()).isCloseTo(expected.get(i).denominator(),
                            org.assertj.core.data.Percentage.withPercentage(1e-7));
                    assertThat(sorted(alone).get(i).numerator()).isEqualTo(expected.get(i).numerator());
                }
            } else {
                assertThat(sorted(alone)).as(id).containsExactlyElementsOf(expected);
            }
        }
    }

    private static List<MeasureRow> sorted(List<MeasureRow> rows) {
        return rows.stream().sorted(Comparator.comparing(MeasureRow::indicatorId).thenComparing(MeasureRow::breakdown)
                .thenComparing(r -> String.valueOf(r.groupCode()))).toList();
    }
}
