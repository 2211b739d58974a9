package org.derwent.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.derwent.server.testing.Client;
import org.junit.jupiter.api.Test;

/** SQL-injection, path-traversal and markup strings in every parameter of every route are rejected with 400. */
class HostileParameterTest {
    static final List<String> HOSTILE = List.of("' OR '1'='1", "1; DROP TABLE person--", "HYP_TTT' UNION SELECT * FROM identity--",
            "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "<script>alert(1)</script>", "HYP_TTT\u0000", "${jndi:ldap://x}",
            "practice' --", "/etc/passwd");
    /** Each route with its parameters and a valid value for each. */
    static final Map<String, Map<String, String>> ROUTES = Map.ofEntries(
            Map.entry("/api/indicators", Map.of("domain", "cvd")),
            Map.entry("/api/periods", Map.of("indicator", "HYP_TTT")),
            Map.entry("/api/results", Map.of("indicator", "HYP_TTT", "breakdown", "practice", "period", "2026-03-31", "group", "C81001", "format", "json")),
            Map.entry("/api/series", Map.of("indicator", "HYP_TTT", "breakdown", "icb", "group", "QJ2")),
            Map.entry("/api/funnel", Map.of("indicator", "HYP_TTT", "level", "practice", "period", "2026-03-31")),
            Map.entry("/api/inequality", Map.of("indicator", "HYP_TTT", "period", "2026-03-31")),
            Map.entry("/api/map", Map.of("indicator", "HYP_TTT", "period", "2026-03-31")),
            Map.entry("/api/overview", Map.of("area_level", "place", "area", "DERBY_CITY")),
            Map.entry("/api/caselists", Map.of("indicator", "HYP_TTT", "practice", "C81001", "format", "json")),
            Map.entry("/api/loads", Map.of("format", "json")),
            Map.entry("/api/map/risk", Map.of("model", "qrisk3")),
            Map.entry("/api/audit", Map.of("format", "json")),
            Map.entry("/", Map.of("compare", "place:DERBY_CITY")),
            Map.entry("/indicators/HYP_TTT", Map.of("level", "pcn")),
            Map.entry("/map", Map.of("indicator", "HYP_TTT")),
            Map.entry("/worklists", Map.of("indicator", "HYP_TTT", "practice", "C81001")));

    @Test
    void hostile_values_in_every_query_parameter_give_400() {
        Client c = Client.as("analyst");
        for (var route : ROUTES.entrySet()) {
            for (String param : route.getValue().keySet()) {
                for (String bad : HOSTILE) {
                    StringBuilder q = new StringBuilder();
                    for (var p : route.getValue().entrySet()) {
                        q.append(q.length() == 0 ? "?" : "&").append(p.getKey()).append('=')
                                .append(Client.enc(p.getKey().equals(param) ? bad : p.getValue()));
                    }
                    var r = c.get(route.getKey() + q);
                    assertThat(r.statusCode()).as("%s with %s=%s", route.getKey(), param, bad).isEqualTo(400);
                    assertThat(r.body()).doesNotContain("<script>");
                }
            }
        }
    }

    @Test
    void valid_values_are_accepted() {
        Client c = Client.as("analyst");
        for (var route : ROUTES.entrySet()) {
            StringBuilder q = new StringBuilder();
            route.getValue().forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=').append(Client.enc(v)));
            assertThat(c.get(route.getKey() + q).statusCode()).as(route.getKey() + q).isEqualTo(200);
        }
    }

    @Test
    void unknown_parameters_give_400() {
        Client c = Client.as("analyst");
        for (String route : ROUTES.keySet()) {
            assertThat(c.get(route + "?sql=select").statusCode()).as(route).isEqualTo(400);
        }
    }

    @Test
    void hostile_path_parameters_give_400() {
        Client c = Client.as("analyst");
        for (String bad : HOSTILE) {
            for (String prefix : List.of("/api/indicators/", "/indicators/", "/profile/practice/", "/profile/")) {
                String path = prefix + Client.enc(bad).replace("+", "%20") + ("/profile/".equals(prefix) ? "/C81001" : "");
                assertThat(c.get(path).statusCode()).as(path).isEqualTo(400);
            }
        }
    }

    @Test
    void hostile_form_fields_give_400() {
        Client c = Client.as("clinician");
        for (String field : List.of("indicator", "person_id", "status")) {
            for (String bad : HOSTILE) {
                Map<String, String> form = new java.util.HashMap<>(Map.of("indicator", "HYP_TTT", "person_id", "abcdef0123456789", "status", "done"));
                form.put(field, bad);
                assertThat(c.postForm("/api/worklist/status", form, c.csrf()).statusCode()).as(field + "=" + bad).isEqualTo(400);
            }
        }
    }
}
