package org.derwent.measures.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.derwent.ingest.LoadListener;
import org.derwent.ingest.Loader;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.measures.fixture.TestHome;
import org.derwent.measures.result.SeriesRow;
import org.derwent.measures.result.StatsBridge;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.derwent.store.schema.Store;
import org.derwent.testkit.SyntheticPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The series computed alone on a connection of its own (as {@code ./derwent demo} does in the background, after the
 * current period was stored on another connection) equals the series of a whole run.
 */
class SeriesOnOwnConnectionTest {
    @TempDir
    Path dir;

    @Test
    void series_alone_on_a_new_connection_equals_the_series_of_a_whole_run() throws Exception {
        try (Store store = Store.duckDb(dir.resolve("s.duckdb"))) {
            SyntheticPopulation pop = SyntheticPopulation.small();
            store.writeFootprint(pop.ics());
            new Loader(store, new Pseudonymiser("series-test-key-0123456789abcdef".getBytes()),
                    pop.ics().referenceDate(), LoadListener.NONE).load(List.of(pop.csv()));
            MeasureJob job = new MeasureJob(MeasureEngine.load(TestHome.measures(), TestHome.home(),
                    new DuckDbSqlDialect()), new StatsBridge(), "ICB");
            LocalDate pe;
            List<SeriesRow> whole;
            try (Connection c = store.connection()) {
                pe = PeriodEnd.latestExtract(c);
                whole = job.compute(c, pe, true).series();
            }
            List<SeriesRow> alone;
            try (Connection c = store.connection()) {
                alone = job.runSeries(c, pe);
            }
            assertThat(whole).isNotEmpty();
            java.util.Map<String, SeriesRow> byKey = new java.util.HashMap<>();
            alone.forEach(r -> byKey.put(key(r), r));
            assertThat(byKey.keySet()).containsExactlyInAnyOrderElementsOf(whole.stream().map(SeriesOnOwnConnectionTest::key).toList());
            for (SeriesRow w : whole) {
                SeriesRow a = byKey.get(key(w));
                // counts match exactly; sums of expected cases (doubles) may differ in the last bits by summation order
                assertThat(a.numerator()).as(key(w)).isCloseTo(w.numerator(), org.assertj.core.data.Offset.offset(1e-9));
                assertThat(a.denominator()).as(key(w)).isCloseTo(w.denominator(), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    private static String key(SeriesRow r) {
        return r.indicatorId() + "|" + r.breakdown() + "|" + r.groupCode() + "|" + r.periodEnd();
    }
}
