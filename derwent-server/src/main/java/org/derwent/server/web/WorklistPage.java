package org.derwent.server.web;

import static org.derwent.server.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.server.ServerContext;
import org.derwent.server.api.CaseLists;
import org.derwent.server.http.ApiException;
import org.derwent.server.http.Auth;
import org.derwent.server.http.Params;
import org.derwent.server.scope.Scope;

/**
 * Worklists: a case-finding list for the practices in scope with the reason each patient is on it, exports,
 * and (direct care only) a contacted/done status that is saved and audited. Every view is audited.
 */
public final class WorklistPage {
    private final ServerContext sc;
    private final CaseLists lists;

    public WorklistPage(ServerContext sc) {
        this.sc = sc;
        this.lists = new CaseLists(sc);
    }

    public void render(Context ctx) {
        Params.check(ctx, Set.of("indicator", "practice"));
        Scope scope = Auth.scope(ctx);
        if (!scope.role().seesCaseLists()) {
            throw ApiException.forbidden("The public role sees no patient-level lists");
        }
        List<Map<String, Object>> withLists = sc.catalogue().all().stream().filter(m -> Boolean.TRUE.equals(m.get("case_list"))).toList();
        String id = Params.query(ctx, "indicator", withLists.isEmpty() ? null : (String) withLists.get(0).get("indicator_id"));
        String practice = Params.query(ctx, "practice", null);
        StringBuilder sb = new StringBuilder("<h1>Worklists</h1>");
        sb.append(scope.identifiable()
                ? "<div class=\"nhsuk-inset-text\"><p>Identifiable list for direct care of your patients. Views, exports and status changes are audited.</p></div>"
                : "<div class=\"nhsuk-inset-text\"><p>Pseudonymised list (no NHS numbers or names) for planning. Views and exports are audited.</p></div>");
        sb.append("<form method=\"get\" action=\"/worklists\" class=\"derwent-inline-form\"><div class=\"nhsuk-form-group\">"
                + "<label class=\"nhsuk-label\" for=\"indicator\">Case-finding list</label><select class=\"nhsuk-select\" id=\"indicator\" name=\"indicator\">");
        for (Map<String, Object> m : withLists) {
            sb.append("<option value=\"").append(esc(m.get("indicator_id"))).append('"').append(m.get("indicator_id").equals(id) ? " selected" : "")
                    .append('>').append(esc(m.get("title"))).append("</option>");
        }
        sb.append("</select> <button class=\"nhsuk-button nhsuk-button--secondary derwent-small-button\" type=\"submit\">Show</button></div></form>");
        if (id == null) {
            ctx.html(Layout.page(ctx, "Worklists", sb.append("<p class=\"nhsuk-body\">No case-finding lists yet.</p>").toString()));
            return;
        }
        List<Map<String, Object>> rows = lists.get(scope, id, practice);
        sc.audit().record(scope.principal(), "view_case_list", "page indicator=" + id + " practice="
                + (practice == null ? "all in scope" : practice), rows.size());
        sb.append("<p class=\"nhsuk-body\" id=\"worklist-count\">").append(rows.size()).append(" patients. Export: <a href=\"/api/caselists?indicator=")
                .append(esc(id)).append("&amp;format=csv\">CSV</a> | <a href=\"/api/caselists?indicator=").append(esc(id))
                .append("&amp;format=xlsx\">Excel</a></p>");
        sb.append("<table class=\"nhsuk-table derwent-worklist\"><caption class=\"nhsuk-table__caption\">Patients</caption><thead class=\"nhsuk-table__head\"><tr>");
        sb.append(scope.identifiable() ? "<th scope=\"col\">NHS number</th><th scope=\"col\">Name</th><th scope=\"col\">Born</th>"
                : "<th scope=\"col\">Pseudonym</th>");
        sb.append("<th scope=\"col\">Practice</th><th scope=\"col\">Reason</th><th scope=\"col\">Priority</th><th scope=\"col\">Status</th></tr></thead><tbody class=\"nhsuk-table__body\">");
        for (Map<String, Object> r : rows) {
            sb.append("<tr class=\"nhsuk-table__row\">");
            if (scope.identifiable()) {
                sb.append(nowrap(nhsNumber(r.get("nhs_number")))).append(td(r.get("given_name") + " " + r.get("family_name")))
                        .append(nowrap(r.get("birth_date")));
            } else {
                sb.append("<td class=\"nhsuk-table__cell derwent-code\">").append(esc(String.valueOf(r.get("person_id")).substring(0, 12))).append("</td>");
            }
            sb.append(td(sc.footprint().name("practice", (String) r.get("practice_code")))).append(td(r.get("reason")))
                    .append(td(r.get("priority"))).append("<td class=\"nhsuk-table__cell\">").append(status(ctx, scope, id, r)).append("</td></tr>");
        }
        ctx.html(Layout.page(ctx, "Worklists", sb.append("</tbody></table>").toString()));
    }

    /** POST /worklists/status: form fallback of the status API, redirecting back to the list. */
    public void save(Context ctx) {
        Scope scope = Auth.scope(ctx);
        String id = Params.valid("indicator", String.valueOf(ctx.formParam("indicator")));
        String person = Params.valid("person_id", String.valueOf(ctx.formParam("person_id")));
        String status = Params.valid("status", String.valueOf(ctx.formParam("status")));
        lists.setStatus(scope, id, person, status);
        sc.audit().record(scope.principal(), "set_worklist_status", "indicator=" + id + " status=" + status, 1);
        ctx.redirect("/worklists?indicator=" + id);
    }

    private static String status(Context ctx, Scope scope, String id, Map<String, Object> r) {
        String current = String.valueOf(r.get("status"));
        if (!scope.role().directCare()) {
            return esc(current);
        }
        StringBuilder sb = new StringBuilder("<form method=\"post\" action=\"/worklists/status\" class=\"derwent-status-form\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(Auth.csrf(ctx)) + "\">"
                + "<input type=\"hidden\" name=\"indicator\" value=\"" + esc(id) + "\">"
                + "<input type=\"hidden\" name=\"person_id\" value=\"" + esc(r.get("person_id")) + "\">"
                + "<span class=\"derwent-status derwent-status--" + esc(current) + "\">" + esc(current) + "</span> ");
        for (String s : List.of("contacted", "done")) {
            if (!s.equals(current)) {
                sb.append("<button class=\"derwent-linkbutton\" type=\"submit\" name=\"status\" value=\"").append(s).append("\">Mark ")
                        .append(s).append("</button> ");
            }
        }
        return sb.append("</form>").toString();
    }

    /** NHS number in the 3-3-4 display format. */
    static String nhsNumber(Object v) {
        String s = String.valueOf(v);
        return s.length() == 10 ? s.substring(0, 3) + " " + s.substring(3, 6) + " " + s.substring(6) : s;
    }

    private static String nowrap(Object v) {
        return "<td class=\"nhsuk-table__cell derwent-nowrap\">" + esc(v) + "</td>";
    }

    private static String td(Object v) {
        return "<td class=\"nhsuk-table__cell\">" + esc(v) + "</td>";
    }
}
