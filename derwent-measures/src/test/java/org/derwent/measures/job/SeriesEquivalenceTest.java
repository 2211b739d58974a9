package org.derwent.measures.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.derwent.ingest.LoadListener;
import org.derwent.ingest.Loader;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.measures.fixture.FixtureDb;
import org.derwent.measures.fixture.TestHome;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.plan.Breakdown;
import org.derwent.measures.result.StatsBridge;
import org.derwent.measures.run.GroupCount;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.derwent.measures.sql.PostgresSqlDialect;
import org.derwent.measures.sql.SqlDialect;
import org.derwent.store.schema.Store;
import org.derwent.testkit.SyntheticPopulation;
import org.junit.jupiter.api.Test;

/**
 * The monthly series of the job (events matched from the earliest window bound of the first month, one grouped query
 * per month over the pivot as a sub-query, rolled up in Java, the last month read from the period-end table) equals,
 * for every indicator, series breakdown, group and month, a full pivot and grouping-sets aggregate per month over
 * all event history, on the generated small population (DuckDB; PostgreSQL too when DERWENT_PG_URL is set).
 */
class SeriesEquivalenceTest {
    @Test
    void series_equals_a_full_pivot_per_month_on_duckdb() throws Exception {
        try (Store store = Store.inMemory()) {
            load(store);
            try (Connection c = store.connection()) {
                assertSeriesEqualsPerMonthPivots(c, new DuckDbSqlDialect());
            }
        }
    }

    @Test
    void series_equals_a_full_pivot_per_month_on_postgres() throws Exception {
        String url = System.getenv("DERWENT_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "DERWENT_PG_URL not set: PostgreSQL series check not run");
        String schema = "measures_series_" + ProcessHandle.current().pid();
        try (Store store = Store.inMemory(); Connection duck = store.connection();
                Connection pg = FixtureDb.postgres(url, schema)) {
            load(store);
            try {
                FixtureDb.load(pg, "none");
                for (String table : COPIED) {
                    copy(duck, pg, table);
                }
                assertSeriesEqualsPerMonthPivots(pg, new PostgresSqlDialect());
            } finally {
                try (Statement s = pg.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    /** The store tables the measures read (the loader writes DuckDB only, so PostgreSQL gets a copy). */
    private static final List<String> COPIED = java.util.stream.Stream.concat(FixtureDb.TABLES.stream(),
            java.util.stream.Stream.of("load_history")).toList();

    private static void copy(Connection from, Connection to, String table) throws java.sql.SQLException {
        try (Statement s = from.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            java.sql.ResultSetMetaData md = rs.getMetaData();
            List<String> cols = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                cols.add(md.getColumnName(i));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(cols.size(), "?")) + ")";
            try (java.sql.PreparedStatement ps = to.prepareStatement(sql)) {
                to.createStatement().execute("DELETE FROM " + table);
                while (rs.next()) {
                    for (int i = 1; i <= cols.size(); i++) {
                        ps.setObject(i, rs.getObject(i));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void load(Store store) {
        SyntheticPopulation pop = SyntheticPopulation.small();
        store.writeFootprint(pop.ics());
        new Loader(store, new Pseudonymiser("series-test-key-0123456789abcdef".getBytes()), pop.ics().referenceDate(),
                LoadListener.NONE).load(List.of(pop.csv()));
    }

    private static void assertSeriesEqualsPerMonthPivots(Connection c, SqlDialect dialect) throws Exception {
        MeasureEngine engine = MeasureEngine.load(TestHome.measures(), TestHome.home(), dialect);
        LocalDate pe = PeriodEnd.latestExtract(c);
        List<IndicatorDef> inds = engine.definitions().indicators();
        List<LocalDate> months = PeriodEnd.series(pe, MeasureJob.SERIES_MONTHS);
        engine.prepare(c, pe, months.get(0));
        engine.pivot(c, pe, null);
        Map<String, double[]> actual = new TreeMap<>();
        new MeasureJob(engine, new StatsBridge(), "ICB").monthlyCounts(c, pe, inds).forEach((month, counts) -> {
            for (GroupCount g : counts) {
                for (int i = 0; i < inds.size(); i++) {
                    actual.put(key(inds.get(i).id(), g.breakdown().key(), g.groupCode(), month),
                            new double[] {g.numerators()[i], g.denominators()[i]});
                }
            }
        });

        Map<String, double[]> expected = new TreeMap<>();
        engine.prepare(c, pe, null);
        for (LocalDate month : months) {
            engine.pivot(c, month, null);
            for (GroupCount g : engine.aggregate(c, inds, Breakdown.seriesBreakdowns(), false)) {
                for (int i = 0; i < inds.size(); i++) {
                    if (g.denominators()[i] > 0 || g.breakdown() == Breakdown.ICB) {
                        expected.put(key(inds.get(i).id(), g.breakdown().key(), g.groupCode(), month),
                                new double[] {g.numerators()[i], g.denominators()[i]});
                    }
                }
            }
        }
        actual.keySet().removeIf(k -> !expected.containsKey(k) && actual.get(k)[1] == 0 && !k.contains("|icb|"));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        List<String> diffs = new ArrayList<>();
        expected.forEach((k, e) -> {
            double[] a = actual.get(k);
            if (!close(e[0], a[0]) || !close(e[1], a[1])) {
                diffs.add(k + ": expected " + e[0] + "/" + e[1] + ", got " + a[0] + "/" + a[1]);
            }
        });
        assertThat(diffs).isEmpty();
        assertThat(expected.keySet()).anyMatch(k -> k.startsWith("HYP_TTT|practice|"));
        assertThat(expected.values()).anyMatch(v -> v[0] > 0);
    }

    private static String key(String indicator, String breakdown, String group, LocalDate month) {
        return indicator + "|" + breakdown + "|" + group + "|" + month;
    }

    /** Counts are whole numbers and must match exactly; sums of doubles (expected cases) may differ in the last bits. */
    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
