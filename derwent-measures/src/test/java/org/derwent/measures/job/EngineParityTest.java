package org.derwent.measures.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.derwent.measures.fixture.FixtureDb;
import org.derwent.measures.fixture.RandomPopulation;
import org.derwent.measures.fixture.TestHome;
import org.derwent.measures.result.MeasureRow;
import org.derwent.measures.result.StatsBridge;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.derwent.measures.sql.PostgresSqlDialect;
import org.derwent.measures.sql.SqlDialect;
import org.junit.jupiter.api.Test;

/** DuckDB and PostgreSQL give identical results (runs when DERWENT_PG_URL is set, as in CI). */
class EngineParityTest {
    static final LocalDate PE = LocalDate.of(2024, 3, 31);

    @Test
    void duckdb_and_postgres_give_identical_results_on_a_generated_population() throws Exception {
        String url = System.getenv("DERWENT_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "DERWENT_PG_URL not set: PostgreSQL parity not run");
        MeasureJob.Output duck;
        try (Connection c = FixtureDb.duckdb()) {
            duck = compute(c, "none", new DuckDbSqlDialect());
        }
        String schema = "measures_parity_" + ProcessHandle.current().pid();
        MeasureJob.Output pg;
        try (Connection c = FixtureDb.postgres(url, schema)) {
            try {
                pg = compute(c, "none", new PostgresSqlDialect());
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
        assertSame(duck, pg);
    }

    private static MeasureJob.Output compute(Connection c, String fixture, SqlDialect dialect) throws Exception {
        FixtureDb.load(c, fixture);
        RandomPopulation.write(c, 1500, 42L, PE);
        MeasureEngine engine = MeasureEngine.load(TestHome.measures(), TestHome.home(), dialect);
        return new MeasureJob(engine, new StatsBridge(), "ICB").compute(c, PE, false);
    }

    static void assertSame(MeasureJob.Output a, MeasureJob.Output b) {
        List<MeasureRow> x = sorted(a.results());
        List<MeasureRow> y = sorted(b.results());
        assertThat(y).hasSameSizeAs(x);
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (!same(x.get(i), y.get(i))) {
                diffs.add(x.get(i) + " <> " + y.get(i));
            }
        }
        assertThat(diffs).isEmpty();
        assertThat(x).anyMatch(r -> r.indicatorId().equals("HYP_TTT") && r.breakdown().equals("icb") && r.denominator() > 50);
    }

    private static List<MeasureRow> sorted(List<MeasureRow> rows) {
        return rows.stream().sorted(Comparator.comparing((MeasureRow r) -> r.indicatorId()).thenComparing(MeasureRow::breakdown)
                .thenComparing(r -> String.valueOf(r.groupCode()))).toList();
    }

    private static boolean same(MeasureRow a, MeasureRow b) {
        return a.indicatorId().equals(b.indicatorId()) && a.breakdown().equals(b.breakdown())
                && java.util.Objects.equals(a.groupCode(), b.groupCode()) && close(a.numerator(), b.numerator())
                && close(a.denominator(), b.denominator()) && close(a.value(), b.value())
                && java.util.Objects.equals(a.funnelFlag(), b.funnelFlag());
    }

    private static boolean close(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
