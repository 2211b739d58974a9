package org.derwent.measures.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derwent.measures.fixture.Expected;
import org.derwent.measures.fixture.FixtureDb;
import org.derwent.measures.fixture.TestHome;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.plan.Breakdown;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.junit.jupiter.api.Test;

class EngineCountsTest {
    @Test
    void counts_every_indicator_of_the_core_fixture_as_derived_by_hand() throws Exception {
        MeasureEngine engine = MeasureEngine.load(TestHome.measures(), TestHome.home(), new DuckDbSqlDialect());
        LocalDate pe = LocalDate.of(2024, 3, 31);
        Map<String, double[]> got = new HashMap<>();
        try (Connection c = FixtureDb.duckdb()) {
            FixtureDb.load(c, "core");
            engine.prepare(c, pe);
            engine.pivot(c, pe, null);
            List<IndicatorDef> inds = engine.definitions().indicators();
            for (GroupCount g : engine.aggregate(c, inds, Arrays.asList(Breakdown.values()), false)) {
                for (int i = 0; i < inds.size(); i++) {
                    got.put(inds.get(i).id() + "|" + g.breakdown().key() + "|" + (g.breakdown() == Breakdown.ICB ? "" : g.groupCode()),
                            new double[] {g.numerators()[i], g.denominators()[i]});
                }
            }
        }
        for (Expected e : Expected.read("core")) {
            assertThat(got).as(e.key()).containsKey(e.key());
            assertThat(got.get(e.key())[0]).as("numerator of " + e.key()).isCloseTo(e.numerator(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(got.get(e.key())[1]).as("denominator of " + e.key()).isCloseTo(e.denominator(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
