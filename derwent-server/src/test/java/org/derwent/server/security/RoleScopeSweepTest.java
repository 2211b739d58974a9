package org.derwent.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.server.testing.Client;
import org.derwent.server.testing.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every role against every endpoint and every breakdown: each row is inside the role's scope (checked against
 * plain SQL over the fixture, not the server's scope code), no identifiable field reaches a non-direct-care
 * role, and disclosure control is applied to every row that is not the user's own direct-care population.
 */
class RoleScopeSweepTest {
    static final List<String> BREAKDOWNS = List.of("icb", "place", "icp", "district", "pcn", "practice", "lsoa",
            "imd_quintile", "imd_decile", "core20", "ethnicity", "age_band", "sex", "smi", "ld");
    static final List<String> INDICATORS = List.of("HYP_TTT", "LD_HC", "SMI_HC", "EA_RATE");
    static final Set<String> IDENTIFIABLE = Set.of("nhs_number", "given_name", "family_name", "birth_date", "postcode");

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "placelead", "clinician", "practice", "public"})
    void results_rows_stay_in_scope_and_are_protected(String user) {
        Client c = Client.as(user);
        int suppressed = 0;
        for (String ind : INDICATORS) {
            for (String bd : BREAKDOWNS) {
                var r = c.get("/api/results?indicator=" + ind + "&breakdown=" + bd);
                Set<String> allowed = ScopeOracle.allowed(user, bd);
                if (allowed != null && allowed.isEmpty() && "public".equals(user)) {
                    assertThat(r.statusCode()).as(user + " " + bd).isEqualTo(403);
                    continue;
                }
                assertThat(r.statusCode()).as(user + " " + ind + " " + bd).isEqualTo(200);
                JsonNode rows = c.json("/api/results?indicator=" + ind + "&breakdown=" + bd);
                if (allowed == null) {
                    assertThat(rows.size()).as("%s sees every %s row", user, bd).isEqualTo(rawCount(ind, bd));
                }
                for (JsonNode row : rows) {
                    String code = row.get("group_code").asText();
                    if (allowed != null) {
                        assertThat(allowed).as("%s %s row %s in scope", user, bd, code).contains(code);
                    }
                    checkProtection(user, ind, bd, code, row);
                    suppressed += row.get("suppressed").asBoolean() ? 1 : 0;
                }
            }
        }
        if (!"public".equals(user)) {
            assertThat(suppressed).as("the fixture has small counts that %s must see suppressed", user).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "placelead", "clinician", "practice", "public"})
    void every_endpoint_answers_by_role_without_identifiers_outside_direct_care(String user) {
        Client c = Client.as(user);
        boolean direct = Set.of("clinician", "practice").contains(user);
        Map<String, Integer> expect = new java.util.LinkedHashMap<>();
        boolean pub = "public".equals(user);
        expect.put("/api/me", 200);
        expect.put("/api/status", 200);
        expect.put("/api/footprint", 200);
        expect.put("/api/indicators", 200);
        expect.put("/api/indicators/HYP_TTT", 200);
        expect.put("/api/periods?indicator=HYP_TTT", 200);
        expect.put("/api/series?indicator=HYP_TTT&breakdown=icb", 200);
        expect.put("/api/overview", 200);
        expect.put("/api/funnel?indicator=HYP_TTT&level=practice", pub ? 403 : 200);
        expect.put("/api/funnel?indicator=HYP_TTT&level=pcn", pub ? 403 : 200);
        expect.put("/api/inequality?indicator=HYP_TTT", pub ? 403 : 200);
        expect.put("/api/map?indicator=HYP_TTT", pub ? 403 : 200);
        expect.put("/api/boundaries/lsoa", pub ? 403 : 200);
        expect.put("/api/map/risk?model=qrisk3", pub ? 403 : 200);
        expect.put("/api/caselists?indicator=HYP_TTT", pub ? 403 : 200);
        expect.put("/api/caselists?indicator=HYP_TTT&format=csv", pub ? 403 : 200);
        expect.put("/api/quality", pub ? 403 : 200);
        expect.put("/api/loads", pub ? 403 : 200);
        expect.put("/api/audit", "analyst".equals(user) ? 200 : 403);
        for (var e : expect.entrySet()) {
            var r = c.get(e.getKey());
            assertThat(r.statusCode()).as(user + " " + e.getKey()).isEqualTo(e.getValue());
            if (!direct) {
                for (String f : IDENTIFIABLE) {
                    assertThat(r.body()).as(user + " " + e.getKey() + " has no " + f).doesNotContain("\"" + f + "\"");
                }
                assertThat(r.body()).as(user + " " + e.getKey() + " has no NHS number").doesNotContainPattern("\\b999\\d{7}\\b");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "placelead", "clinician", "practice"})
    void case_lists_hold_only_practices_in_scope(String user) {
        Client c = Client.as(user);
        Set<String> practices = ScopeOracle.practices(user);
        for (String ind : List.of("HYP_TTT", "CVD_RISK20_LLT", "SMI_HC", "HYP_UNDX")) {
            JsonNode rows = c.json("/api/caselists?indicator=" + ind);
            assertThat(rows.size()).as(user + " " + ind).isEqualTo(6 * practices.size());
            for (JsonNode r : rows) {
                assertThat(practices).contains(r.get("practice_code").asText());
                assertThat(r.has("nhs_number")).as("identifiable only for direct care").isEqualTo(Set.of("clinician", "practice").contains(user));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "placelead", "clinician", "practice"})
    void funnel_and_series_points_are_in_scope_and_protected(String user) {
        Client c = Client.as(user);
        for (String level : List.of("practice", "pcn")) {
            Set<String> allowed = ScopeOracle.allowed(user, level);
            for (JsonNode p : c.json("/api/funnel?indicator=LD_HC&level=" + level).get("points")) {
                if (allowed != null) {
                    assertThat(allowed).contains(p.get("group_code").asText());
                }
                checkProtection(user, "LD_HC", level, p.get("group_code").asText(), p);
            }
        }
        for (JsonNode p : c.json("/api/series?indicator=LD_HC&breakdown=icb").get("points")) {
            if (!p.get("numerator").isNull()) {
                assertThat(p.get("numerator").asLong() % 5).as("ICB series counts rounded for %s", user).isZero();
            }
        }
        if ("analyst".equals(user)) {
            return;
        }
        var outside = c.get("/api/series?indicator=LD_HC&breakdown=practice&group=" + outsidePractice(user));
        assertThat(outside.statusCode()).isEqualTo(200);
        assertThat(c.json("/api/series?indicator=LD_HC&breakdown=practice&group=" + outsidePractice(user)).get("points").size())
                .as("no series points outside scope for %s", user).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "placelead", "clinician", "practice"})
    void risk_map_counts_only_patients_in_scope_and_is_always_protected(String user) {
        Client c = Client.as(user);
        Set<String> practices = ScopeOracle.practices(user);
        int suppressed = 0;
        for (JsonNode row : c.json("/api/map/risk?model=qrisk3")) {
            String lsoa = row.get("group_code").asText();
            long raw = TestServer.get().store().query("SELECT practice_code FROM risk_score JOIN person USING (person_id) "
                    + "WHERE model = 'qrisk3' AND lsoa_code = ?", List.of(lsoa)).rows().stream()
                    .filter(r -> practices.contains((String) r.get(0))).count();
            assertThat(raw).as("%s LSOA %s has patients in scope", user, lsoa).isPositive();
            if (raw <= 7) {
                assertThat(row.get("suppressed").asBoolean()).as("%s LSOA %s with %d patients", user, lsoa, raw).isTrue();
                assertThat(row.get("value").isNull()).isTrue();
                suppressed++;
            } else {
                assertThat(row.get("denominator").asLong() % 5).isZero();
                assertThat(Math.abs(row.get("denominator").asLong() - raw)).isLessThanOrEqualTo(2);
            }
        }
        assertThat(suppressed).as("fixture has small LSOAs for %s", user).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HYP_TTT", "LD_HC", "SMI_HC", "EA_RATE"})
    void no_breakdown_leaves_a_single_suppressed_cell_recoverable_from_the_total(String ind) {
        Client c = Client.as("analyst");
        int checked = 0;
        for (String bd : List.of("practice", "pcn", "place", "district", "ethnicity", "smi", "ld", "imd_decile", "age_band")) {
            int suppressed = 0;
            for (JsonNode row : c.json("/api/results?indicator=" + ind + "&breakdown=" + bd)) {
                suppressed += row.get("suppressed").asBoolean() ? 1 : 0;
            }
            assertThat(suppressed).as("%s %s: suppressed cells (0 or at least 2)", ind, bd).isNotEqualTo(1);
            checked += suppressed;
        }
        if ("LD_HC".equals(ind)) {
            assertThat(checked).as("LD_HC has small practice counts in the fixture").isPositive();
        }
    }

    static String outsidePractice(String user) {
        Set<String> mine = ScopeOracle.practices(user);
        return ScopeOracle.codes("SELECT practice_code FROM org_practice WHERE practice_code <> ?", "x").stream()
                .filter(p -> !mine.contains(p)).sorted().findFirst().orElseThrow();
    }

    /** Non-direct-care rows: counts 1-7 suppressed, others multiples of 5; own direct-care rows are exact. */
    static void checkProtection(String user, String ind, String bd, String code, JsonNode row) {
        long[] raw = raw(ind, bd, code);
        boolean own = ("clinician".equals(user) && (("pcn".equals(bd) && code.equals(ScopeOracle.area(user)))
                || ("practice".equals(bd) && ScopeOracle.practices(user).contains(code))))
                || ("practice".equals(user) && "practice".equals(bd) && code.equals(ScopeOracle.area(user)));
        if (own) {
            assertThat(row.get("numerator").asLong()).as("own population exact").isEqualTo(raw[0]);
            assertThat(row.get("mark").asText()).isEmpty();
            return;
        }
        boolean small = (raw[0] >= 1 && raw[0] <= 7) || (raw[1] >= 1 && raw[1] <= 7);
        if (small) {
            assertThat(row.get("suppressed").asBoolean()).as("%s %s %s %s small count suppressed (%s/%s)", user, ind, bd, code, raw[0], raw[1])
                    .isTrue();
        }
        if (row.get("suppressed").asBoolean()) {
            assertThat(row.get("numerator").isNull()).isTrue();
            assertThat(row.get("value").isNull()).isTrue();
            assertThat(row.get("mark").asText()).isEqualTo("*");
        } else {
            assertThat(row.get("numerator").asLong() % 5).isZero();
            assertThat(row.get("denominator").asLong() % 5).isZero();
            assertThat(Math.abs(row.get("numerator").asLong() - raw[0])).isLessThanOrEqualTo(2);
            assertThat(row.get("mark").asText()).isEqualTo("~");
        }
    }

    static long[] raw(String ind, String bd, String code) {
        var t = TestServer.get().store().query("SELECT numerator, denominator FROM measure_result WHERE indicator_id = ? "
                + "AND breakdown = ? AND group_code = ?", List.of(ind, bd, code));
        List<Object> r = t.rows().get(0);
        return new long[] {((Number) r.get(0)).longValue(), ((Number) r.get(1)).longValue()};
    }

    static long rawCount(String ind, String bd) {
        return (Long) TestServer.get().store().query("SELECT count(*) FROM measure_result WHERE indicator_id = ? AND breakdown = ?",
                new ArrayList<>(List.of(ind, bd))).rows().get(0).get(0);
    }
}
