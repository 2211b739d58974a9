package org.derwent.measures.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.derwent.measures.fixture.FixtureDb;
import org.derwent.measures.fixture.TestHome;
import org.derwent.measures.result.MeasureRow;
import org.derwent.measures.result.StatsBridge;
import org.derwent.measures.run.MeasureEngine;
import org.derwent.measures.sql.DuckDbSqlDialect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeasureJobTest {
    static final LocalDate PE = LocalDate.of(2024, 3, 31);
    static MeasureJob.Output out;
    static long stored;
    static long seriesStored;

    @BeforeAll
    static void run() throws Exception {
        MeasureEngine engine = MeasureEngine.load(TestHome.measures(), TestHome.home(), new DuckDbSqlDialect());
        try (Connection c = FixtureDb.duckdb()) {
            FixtureDb.load(c, "core");
            out = new MeasureJob(engine, new StatsBridge(), "Test ICB").run(c, PE, true);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM measure_result")) {
                rs.next();
                stored = rs.getLong(1);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM measure_series")) {
                rs.next();
                seriesStored = rs.getLong(1);
            }
        }
    }

    static MeasureRow row(String id, String breakdown, String group) {
        return out.results().stream().filter(r -> r.indicatorId().equals(id) && r.breakdown().equals(breakdown)
                && java.util.Objects.equals(r.groupCode(), group)).findFirst().orElseThrow();
    }

    @Test
    void proportions_carry_wilson_limits() {
        MeasureRow r = row("HYP_TTT", "icb", org.derwent.measures.plan.Breakdown.ICB_GROUP_CODE);
        assertThat(r.value()).isEqualTo(0.625);
        // Wilson 95% for 5/8 (z = 1.959964): 0.3057, 0.8632
        assertThat(r.lower95()).isCloseTo(0.30574, within(1e-4));
        assertThat(r.upper95()).isCloseTo(0.86317, within(1e-4));
        assertThat(r.groupName()).isEqualTo("Test ICB");
    }

    @Test
    void rates_are_per_1000_with_byar_limits() {
        MeasureRow r = row("EA_RATE", "icb", org.derwent.measures.plan.Breakdown.ICB_GROUP_CODE);
        assertThat(r.value()).isCloseTo(2 * 1000.0 / 45, within(1e-9));
        assertThat(r.lower95()).isLessThan(r.value());
        assertThat(r.upper95()).isGreaterThan(r.value());
    }

    @Test
    void ratio_divides_by_expected_cases() {
        assertThat(row("DEM_DX_RATE", "icb", org.derwent.measures.plan.Breakdown.ICB_GROUP_CODE).value()).isCloseTo(1 / 0.756, within(1e-9));
    }

    @Test
    void practices_and_pcns_get_funnel_flags_and_names() {
        MeasureRow p = row("HYP_PREV", "practice", "P1");
        assertThat(p.funnelFlag()).isIn("high_998", "high_95", "within", "low_95", "low_998");
        assertThat(p.groupName()).isEqualTo("Riverside Surgery");
        assertThat(row("HYP_PREV", "pcn", "U1").funnelFlag()).isNotNull();
        assertThat(row("HYP_PREV", "sex", "F").funnelFlag()).isNull();
    }

    @Test
    void standardised_companions_are_added_and_left_blank_under_10_events() {
        MeasureRow r = row("HYP_PREV_DSR", "icb", org.derwent.measures.plan.Breakdown.ICB_GROUP_CODE);
        assertThat(r.numerator()).isEqualTo(8);
        assertThat(r.value()).isNull();
        assertThat(out.catalogue()).anyMatch(c -> c.indicatorId().equals("EA_RATE_DSR"));
    }

    @Test
    void every_breakdown_is_reported() {
        List<String> breakdowns = out.results().stream().filter(r -> r.indicatorId().equals("HYP_PREV"))
                .map(MeasureRow::breakdown).distinct().toList();
        assertThat(breakdowns).containsExactlyInAnyOrder("icb", "place", "icp", "district", "pcn", "practice", "lsoa",
                "imd_quintile", "imd_decile", "core20", "ethnicity", "age_band", "sex", "smi", "ld");
    }

    @Test
    void results_and_a_24_month_series_are_kept_in_the_store() {
        assertThat(stored).isEqualTo(out.results().size());
        assertThat(seriesStored).isEqualTo(out.series().size());
        assertThat(out.series().stream().filter(s -> s.indicatorId().equals("HYP_PREV") && s.breakdown().equals("icb"))
                .map(s -> s.periodEnd()).distinct()).hasSize(24).contains(PE, LocalDate.of(2022, 4, 30));
    }

    @Test
    void series_point_at_the_period_end_equals_the_result() {
        var s = out.series().stream().filter(x -> x.indicatorId().equals("HYP_TTT") && x.breakdown().equals("icb")
                && x.periodEnd().equals(PE)).findFirst().orElseThrow();
        assertThat(s.numerator()).isEqualTo(5);
        assertThat(s.denominator()).isEqualTo(8);
    }

    @Test
    void catalogue_lists_every_required_indicator() {
        List<String> ids = out.catalogue().stream().map(c -> c.indicatorId()).toList();
        for (String reg : List.of("HYP", "AF", "CHD", "STIA", "PAD", "HF", "DM", "NDH", "CKD", "COPD", "AST", "DEM", "DEP",
                "MH", "LD", "CAN", "EP", "OB", "OST", "RA", "PC")) {
            assertThat(ids).contains(reg + "_PREV", reg + "_PREV_DSR");
        }
        assertThat(ids).contains("HYP_TTT", "AF_ANTICOAG", "CVD_RISK20_LLT", "HYP_UNDX", "SMOK_CESS_REF", "OB_WM_REF",
                "NDH_DPP_REF", "DEM_DX_RATE", "SMI_HC", "LD_HC", "POLYPHARM_SMR", "EOL_3EA", "EA_RATE", "EA_RATE_DSR",
                "AE_RATE", "READMIT_30D", "FALLS_EA_65");
        assertThat(out.catalogue()).filteredOn(c -> c.indicatorId().equals("HYP_TTT"))
                .singleElement().satisfies(c -> {
                    assertThat(c.target()).isEqualTo(0.77);
                    assertThat(c.caseList()).isTrue();
                });
    }
}
