package org.derwent.server.api;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derwent.server.ServerContext;
import org.derwent.server.http.ApiException;
import org.derwent.server.scope.Scope;

/**
 * Case-finding lists (table {@code case_list}) with their worklist status (table {@code worklist_status}).
 * Only practices in the user's scope are read; direct-care roles also get NHS number, name and date of birth
 * from {@code identity}, other roles only the pseudonymous {@code person_id}. Every read is audited by the
 * caller with the number of patients shown.
 */
public final class CaseLists {
    private final ServerContext sc;

    public CaseLists(ServerContext sc) {
        this.sc = sc;
    }

    public List<Map<String, Object>> get(Scope scope, String indicator, String practice) {
        if (!scope.role().seesCaseLists()) {
            throw ApiException.forbidden("Role " + scope.role().id() + " may not see patient-level case lists");
        }
        sc.catalogue().get(indicator);
        if (!sc.store().tables().contains("case_list")) {
            return List.of();
        }
        boolean ident = scope.identifiable() && sc.store().tables().contains("identity");
        List<Object> binds = new ArrayList<>(List.of(indicator));
        StringBuilder sql = new StringBuilder("SELECT c.person_id, c.practice_code, c.reason, c.priority, "
                + "coalesce(w.status, 'open') AS status, w.updated_at"
                + (ident ? ", i.nhs_number, i.given_name, i.family_name, i.birth_date" : "")
                + " FROM case_list c LEFT JOIN worklist_status w ON w.person_id = c.person_id"
                + " AND w.indicator_id = c.indicator_id"
                + (ident ? " LEFT JOIN identity i ON i.person_id = c.person_id" : "")
                + " WHERE c.indicator_id = ? AND " + scope.practicePredicate("c.practice_code", binds));
        if (practice != null) {
            sql.append(" AND c.practice_code = ?");
            binds.add(practice);
        }
        sql.append(" ORDER BY c.priority, c.practice_code, c.person_id");
        return sc.store().query(sql.toString(), binds).maps();
    }

    /** Saves a worklist status for a patient on a list in the user's scope; direct-care roles only. */
    public void setStatus(Scope scope, String indicator, String personId, String status) {
        if (!scope.role().directCare()) {
            throw ApiException.forbidden("Only direct-care roles update worklists, not " + scope.role().id());
        }
        List<Object> binds = new ArrayList<>(List.of(indicator, personId));
        long n = (Long) sc.store().query("SELECT count(*) FROM case_list c WHERE c.indicator_id = ? AND c.person_id = ? AND "
                + scope.practicePredicate("c.practice_code", binds), binds).rows().get(0).get(0);
        if (n == 0) {
            throw ApiException.notFound("No patient " + personId.substring(0, Math.min(8, personId.length()))
                    + "... on list " + indicator + " in your scope");
        }
        sc.store().update("DELETE FROM worklist_status WHERE person_id = ? AND indicator_id = ?", List.of(personId, indicator));
        sc.store().update("INSERT INTO worklist_status VALUES (?, ?, ?, ?, ?)", List.of(personId, indicator, status,
                scope.principal().username(), LocalDateTime.now(ZoneOffset.UTC)));
    }
}
