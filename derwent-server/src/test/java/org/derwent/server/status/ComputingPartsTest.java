package org.derwent.server.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.derwent.server.testing.Client;
import org.derwent.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While the demo computes the SPC series or risk scores, answers that need them are 503 with the part's status,
 * pages show a banner, and everything is served again as soon as the part is marked ready.
 */
class ComputingPartsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void restore() {
        TestServer.get().readiness().ready(Part.SERIES);
        TestServer.get().readiness().ready(Part.RISK);
    }

    @Test
    void series_answer_503_with_part_status_while_computing() throws Exception {
        Client c = Client.as("analyst");
        assertThat(c.get("/api/series?indicator=HYP_TTT").statusCode()).isEqualTo(200);
        TestServer.get().readiness().computing(Part.SERIES, 120);
        var r = c.get("/api/series?indicator=HYP_TTT");
        assertThat(r.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("error").asText()).startsWith("SPC series being computed - ready in about");
        assertThat(body.get("part_status").get("part").asText()).isEqualTo("series");
        assertThat(body.get("part_status").get("status").asText()).isEqualTo("computing");
        assertThat(body.get("part_status").get("retry_after_seconds").asLong()).isBetween(100L, 120L);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void overview_keeps_values_and_says_the_series_are_computing() {
        Client c = Client.as("analyst");
        TestServer.get().readiness().computing(Part.SERIES, 60);
        JsonNode rows = c.json("/api/overview");
        assertThat(rows.size()).isPositive();
        assertThat(rows.get(0).get("spc_status").asText()).isEqualTo("computing");
        assertThat(rows.get(0).get("icb").get("value").isNumber()).isTrue();
        assertThat(rows.get(0).get("icb").get("variation").isNull()).isTrue();
        String page = c.get("/").body();
        assertThat(page).contains("data-status-poll=\"true\"").contains("SPC series being computed - ready in about");
    }

    @Test
    void status_lists_each_part_and_ready_flips_back_without_restart() {
        Client c = Client.as("analyst");
        TestServer.get().readiness().computing(Part.RISK, 0);
        JsonNode s = c.json("/api/status");
        assertThat(s.get("ready").asBoolean()).isFalse();
        assertThat(s.get("parts").findValuesAsText("status")).containsExactly("ready", "computing");
        assertThat(s.get("parts").get(1).get("message").asText()).startsWith("Risk scores being computed - started");
        TestServer.get().readiness().ready(Part.RISK);
        assertThat(c.json("/api/status").get("ready").asBoolean()).isTrue();
        assertThat(c.get("/").body()).doesNotContain("data-status-poll");
    }

    @Test
    void risk_indicators_and_risk_map_wait_for_risk() {
        Client c = Client.as("analyst");
        var readiness = TestServer.get().readiness();
        readiness.riskIndicators(java.util.Set.of("HYP_TTT"));
        try {
            readiness.computing(Part.RISK, 30);
            assertThat(c.get("/api/results?indicator=HYP_TTT").statusCode()).isEqualTo(503);
            assertThat(c.get("/api/map/risk?model=gbm").statusCode()).isEqualTo(503);
            assertThat(c.json("/api/indicators").findValuesAsText("indicator_id")).doesNotContain("HYP_TTT");
            readiness.ready(Part.RISK);
            assertThat(c.get("/api/results?indicator=HYP_TTT").statusCode()).isEqualTo(200);
        } finally {
            readiness.riskIndicators(java.util.Set.of());
        }
    }
}
