package org.derwent.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.derwent.server.testing.Client;
import org.derwent.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Worklist status is saved only for own patients by direct-care roles, and every patient-level access is audited. */
class WorklistAuditTest {
    @Test
    void clinician_saves_status_for_own_patient_and_it_is_audited() {
        Client c = Client.as("clinician");
        var first = c.json("/api/caselists?indicator=HYP_TTT").get(0);
        String person = first.get("person_id").asText();
        long before = auditCount("set_worklist_status");
        var r = c.postForm("/api/worklist/status", Map.of("indicator", "HYP_TTT", "person_id", person, "status", "contacted"), c.csrf());
        assertThat(r.statusCode()).isEqualTo(200);
        var again = c.json("/api/caselists?indicator=HYP_TTT");
        boolean found = false;
        for (var row : again) {
            if (row.get("person_id").asText().equals(person)) {
                assertThat(row.get("status").asText()).isEqualTo("contacted");
                found = true;
            }
        }
        assertThat(found).isTrue();
        assertThat(auditCount("set_worklist_status")).isEqualTo(before + 1);
    }

    @Test
    void status_for_a_patient_outside_scope_is_refused() {
        Client clinician = Client.as("clinician");
        var mine = new java.util.HashSet<String>();
        clinician.json("/api/caselists?indicator=HYP_TTT").forEach(r -> mine.add(r.get("person_id").asText()));
        String other = null;
        for (var r : Client.as("analyst").json("/api/caselists?indicator=HYP_TTT")) {
            if (!mine.contains(r.get("person_id").asText())) {
                other = r.get("person_id").asText();
                break;
            }
        }
        var resp = clinician.postForm("/api/worklist/status", Map.of("indicator", "HYP_TTT", "person_id", other, "status", "done"), clinician.csrf());
        assertThat(resp.statusCode()).isEqualTo(404);
        Client analyst = Client.as("analyst");
        assertThat(analyst.postForm("/api/worklist/status", Map.of("indicator", "HYP_TTT", "person_id", other, "status", "done"),
                analyst.csrf()).statusCode()).isEqualTo(403);
    }

    @Test
    void case_list_views_and_exports_are_audited_with_patient_counts() {
        Client c = Client.as("placelead");
        int n = c.json("/api/caselists?indicator=SMI_HC").size();
        c.get("/api/caselists?indicator=SMI_HC&format=xlsx");
        var rows = TestServer.get().store().query("SELECT action, patient_count, role FROM audit_log WHERE \"user\" = 'placelead' "
                + "ORDER BY id DESC LIMIT 2", List.of()).rows();
        assertThat(rows.get(0)).containsExactly("export_case_list", (long) n, "place_lead");
        assertThat(rows.get(1)).containsExactly("view_case_list", (long) n, "place_lead");
        assertThat(n).isPositive();
    }

    static long auditCount(String action) {
        return (Long) TestServer.get().store().query("SELECT count(*) FROM audit_log WHERE action = ?", List.of(action)).rows().get(0).get(0);
    }
}
