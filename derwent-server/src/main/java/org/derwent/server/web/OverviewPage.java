package org.derwent.server.web;

import static org.derwent.server.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.server.ServerContext;
import org.derwent.server.api.Overview;
import org.derwent.server.api.Results;
import org.derwent.server.api.Series;
import org.derwent.server.http.Auth;
import org.derwent.server.http.Params;
import org.derwent.server.scope.Scope;

/** The plan overview page: each target with the ICB's and a chosen area's value, variation and assurance. */
public final class OverviewPage {
    private final ServerContext sc;
    private final Results results;
    private final Series series;

    public OverviewPage(ServerContext sc, Results results, Series series) {
        this.sc = sc;
        this.results = results;
        this.series = series;
    }

    public void render(Context ctx) {
        Params.check(ctx, Set.of("compare"));
        String areaParam = Params.query(ctx, "compare", null);
        Scope scope = Auth.scope(ctx);
        List<AreaChoices.Choice> choices = AreaChoices.of(scope, sc.footprint());
        AreaChoices.Choice chosen = AreaChoices.pick(choices, areaParam);
        List<Map<String, Object>> rows = new Overview(sc, results, series).get(scope,
                chosen == null ? "icb" : chosen.level(), chosen == null ? null : chosen.code());
        StringBuilder sb = new StringBuilder("<h1>Plan targets</h1><p class=\"nhsuk-lede-text\">Current value against the "
                + "plan target for the ICB and ");
        sb.append(chosen == null ? "no area" : esc(chosen.label())).append(", with Making Data Count variation and assurance "
                + "from the last 24 months.</p>");
        sb.append("<form method=\"get\" action=\"/\" class=\"derwent-inline-form\"><div class=\"nhsuk-form-group\">"
                + "<label class=\"nhsuk-label\" for=\"compare\">Compare with</label>")
                .append(AreaChoices.select(choices, chosen, "compare"))
                .append(" <button class=\"nhsuk-button nhsuk-button--secondary derwent-small-button\" type=\"submit\">Show</button></div></form>");
        sb.append("<table class=\"nhsuk-table derwent-overview\"><caption class=\"nhsuk-table__caption\">Targets</caption>"
                + "<thead class=\"nhsuk-table__head\"><tr><th scope=\"col\">Indicator</th><th scope=\"col\" class=\"derwent-num\">Target</th>"
                + "<th scope=\"col\" class=\"derwent-num\">ICB</th><th scope=\"col\">ICB variation and assurance</th>"
                + "<th scope=\"col\" class=\"derwent-num\">").append(chosen == null ? "Area" : esc(chosen.label()))
                .append("</th><th scope=\"col\">Area variation and assurance</th></tr></thead><tbody class=\"nhsuk-table__body\">");
        for (Map<String, Object> r : rows) {
            Object unit = r.get("unit");
            sb.append("<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\"><a href=\"/indicators/")
                    .append(esc(r.get("indicator_id"))).append("\">").append(esc(r.get("title"))).append("</a></td>")
                    .append("<td class=\"nhsuk-table__cell derwent-num\">").append(Html.value(r.get("target"), unit)).append("</td>")
                    .append(cells(r.get("icb"), unit, r.get("spc_status"))).append(cells(r.get("area"), unit, r.get("spc_status")))
                    .append("</tr>");
        }
        sb.append("</tbody></table>");
        if (rows.isEmpty()) {
            sb.append("<p class=\"nhsuk-body\">No indicator with a plan target has results yet. Run <code>./derwent measures</code>.</p>");
        }
        ctx.html(Layout.page(ctx, "Plan targets", sb.toString()));
    }

    @SuppressWarnings("unchecked")
    private static String cells(Object cell, Object unit, Object spcStatus) {
        if (!(cell instanceof Map<?, ?> m)) {
            return "<td class=\"nhsuk-table__cell derwent-num\">-</td><td class=\"nhsuk-table__cell\"></td>";
        }
        Map<String, Object> c = (Map<String, Object>) m;
        String v = Boolean.TRUE.equals(c.get("suppressed")) ? "* suppressed" : Html.value(c.get("value"), unit);
        String icons = "ready".equals(spcStatus) ? Badges.variation(c.get("variation")) + " " + Badges.assurance(c.get("assurance"))
                : "computing".equals(spcStatus) ? "<span class=\"nhsuk-body-s\">SPC series being computed</span>"
                : "<span class=\"nhsuk-body-s\">No SPC series</span>";
        return "<td class=\"nhsuk-table__cell derwent-num\">" + v + "</td><td class=\"nhsuk-table__cell\">" + icons + "</td>";
    }
}
