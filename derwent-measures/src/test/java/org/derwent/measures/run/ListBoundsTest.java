package org.derwent.measures.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.derwent.measures.fixture.FixtureDb;
import org.derwent.measures.fixture.RandomPopulation;
import org.derwent.measures.fixture.TestHome;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.plan.Breakdown;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.junit.jupiter.api.Test;

/**
 * Matching only the events a run can use (ListBounds) changes no count: every indicator by every breakdown, with
 * and without the ESP2013 band, equals the counts over all event history, for the whole set and for one indicator.
 */
class ListBoundsTest {
    static final LocalDate PE = LocalDate.of(2024, 3, 31);

    @Test
    void bounded_event_match_gives_the_counts_of_all_history() throws Exception {
        MeasureEngine all = MeasureEngine.load(TestHome.measures(), TestHome.home(), new DuckDbSqlDialect());
        try (Connection c = FixtureDb.duckdb()) {
            FixtureDb.load(c, "none");
            RandomPopulation.write(c, 1500, 7L, PE);
            for (MeasureEngine engine : List.of(all, all.only(List.of("HYP_TTT")), all.only(List.of("EOL_3EA")))) {
                Map<String, Double> bounded = counts(c, engine, PE);
                Map<String, Double> full = counts(c, engine, null);
                List<String> diffs = full.keySet().stream().filter(k -> !close(full.get(k), bounded.get(k)))
                        .map(k -> k + ": all history " + full.get(k) + ", bounded " + bounded.get(k)).toList();
                assertThat(diffs).isEmpty();
                assertThat(bounded.keySet()).isEqualTo(full.keySet());
                assertThat(full.values()).anyMatch(v -> v > 0);
            }
        }
    }

    /** Counts match exactly; sums of doubles (expected dementia cases) only up to summation order. */
    private static boolean close(Double a, Double b) {
        return b != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    private static Map<String, Double> counts(Connection c, MeasureEngine engine, LocalDate earliest) throws Exception {
        engine.prepare(c, PE, earliest);
        engine.pivot(c, PE, null);
        List<IndicatorDef> inds = engine.definitions().indicators();
        Map<String, Double> out = new TreeMap<>();
        for (boolean esp : new boolean[] {false, true}) {
            for (GroupCount g : engine.aggregate(c, inds, Arrays.asList(Breakdown.values()), esp)) {
                for (int i = 0; i < inds.size(); i++) {
                    String k = inds.get(i).id() + "|" + g.breakdown() + "|" + g.groupCode() + "|" + g.espBand();
                    out.put(k + "|n", g.numerators()[i]);
                    out.put(k + "|d", g.denominators()[i]);
                }
            }
        }
        return out;
    }
}
