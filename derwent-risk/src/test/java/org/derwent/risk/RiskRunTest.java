package org.derwent.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.derwent.risk.model.BoostedRiskModel;
import org.derwent.risk.testing.Duck;
import org.derwent.risk.testing.SimulatedPopulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run on a simulated store writes every table and file of the contract. */
class RiskRunTest {
    @TempDir
    static Path out;
    private static Connection c;
    private static RiskSummary summary;

    @BeforeAll
    static void run() throws Exception {
        c = Duck.simulated(12_000, 5);
        RiskOptions o = RiskOptions.defaults(SimulatedPopulation.CODELISTS, out)
                .withGbm(new BoostedRiskModel.Settings(40, 0.1, 3, 2));
        summary = new RiskRun(c, o).run();
        System.out.println(summary.timings());
    }

    @AfterAll
    static void close() throws Exception {
        c.close();
    }

    @Test
    void risk_score_has_one_row_per_person_and_model() throws Exception {
        assertThat(Duck.value(c, "SELECT count(*) FROM risk_score")).isEqualTo(2.0 * summary.scored());
        assertThat(Duck.value(c, "SELECT count(DISTINCT person_id) FROM risk_score")).isEqualTo(summary.scored());
        assertThat(Duck.value(c, "SELECT count(*) FROM risk_score WHERE model = 'lr' AND tier = 'top 0.5%'"))
                .isEqualTo(Math.floor(0.005 * summary.scored()));
    }

    @Test
    void top_factors_are_json_with_a_method() throws Exception {
        try (var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT top_factors FROM risk_score WHERE tier = 'top 0.5%' AND model = 'gbm' LIMIT 1")) {
            rs.next();
            JsonNode node = new ObjectMapper().readTree(rs.getString(1));
            assertThat(node.get("method").asText()).isEqualTo("treeshap");
            assertThat(node.get("factors").size()).isBetween(1, 3);
            assertThat(node.get("factors").get(0).get("contribution").asDouble()).isPositive();
        }
    }

    @Test
    void case_lists_hold_both_indicators_with_reasons() throws Exception {
        assertThat(Duck.value(c, "SELECT count(*) FROM case_list WHERE indicator_id = 'ANTICIPATORY_CARE'"))
                .isEqualTo(summary.caseCounts().get("ANTICIPATORY_CARE").doubleValue()).isPositive();
        assertThat(Duck.value(c, "SELECT count(*) FROM case_list WHERE indicator_id = 'FREQUENT_ATTENDER_LOW_COC'"))
                .isPositive();
        assertThat(Duck.value(c, "SELECT count(*) FROM case_list WHERE reason IS NULL OR priority NOT BETWEEN 1 AND 3"))
                .isZero();
    }

    @Test
    void measures_cover_every_breakdown_and_segments_sum_to_one() throws Exception {
        assertThat(Duck.value(c, "SELECT count(DISTINCT breakdown) FROM measure_result WHERE indicator_id = 'RISK_TOP5'"))
                .isEqualTo(6);
        assertThat(Duck.value(c, "SELECT sum(value) FROM measure_result WHERE indicator_id LIKE 'SEG_%'"
                + " AND breakdown = 'sex' AND group_code = 'F'")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Duck.value(c, "SELECT count(*) FROM measure_result WHERE breakdown = 'practice'"
                + " AND funnel_flag IS NULL")).isZero();
        assertThat(Duck.value(c, "SELECT count(*) FROM indicator_catalogue WHERE indicator_id = 'SEG_FRAILTY'"))
                .isEqualTo(1);
    }

    @Test
    void writes_models_cards_metrics_and_plots() {
        for (String f : new String[] {"model-card.md", "metrics.json", "calibration.svg", "standardisation.json",
            "lr/model.tribuo", "gbm/model.tribuo", "lr/model-card.md", "gbm/calibration.svg"}) {
            assertThat(out.resolve(f)).exists();
        }
        assertThat(out.resolve("model-card.md")).content().contains("AUROC", "Intended use", "Limitations");
    }

    @Test
    void rerunning_replaces_rather_than_appends() throws Exception {
        double before = Duck.value(c, "SELECT count(*) FROM measure_result");
        new RiskRun(c, RiskOptions.defaults(SimulatedPopulation.CODELISTS, out)
                .withGbm(new BoostedRiskModel.Settings(40, 0.1, 3, 2))).run();
        assertThat(Duck.value(c, "SELECT count(*) FROM measure_result")).isEqualTo(before);
        assertThat(Duck.value(c, "SELECT count(*) FROM risk_score")).isEqualTo(2.0 * summary.scored());
        assertThat(Files.exists(out.resolve("metrics.json"))).isTrue();
    }
}
