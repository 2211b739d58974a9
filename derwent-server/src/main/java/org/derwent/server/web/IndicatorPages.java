package org.derwent.server.web;

import static org.derwent.server.web.Html.esc;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.server.ServerContext;
import org.derwent.server.api.Results;
import org.derwent.server.http.Auth;
import org.derwent.server.http.Params;
import org.derwent.server.scope.Scope;
import org.derwent.server.security.Role;

/**
 * The indicator list and the indicator page: funnel plot, SPC chart, IMD decile bars with SII, breakdown
 * tables with confidence intervals and disclosure marks, and downloads. Charts are drawn in the browser
 * from the JSON API (static/app.js); every table is rendered here from the same scoped, protected rows.
 */
public final class IndicatorPages {
    private static final List<String[]> BREAKDOWNS = List.of(
            new String[] {"practice", "Practices"}, new String[] {"pcn", "Primary care networks"},
            new String[] {"place", "Places"}, new String[] {"imd_decile", "IMD decile (1 = most deprived)"},
            new String[] {"ethnicity", "Ethnicity"}, new String[] {"age_band", "Age band"}, new String[] {"sex", "Sex"});
    private final ServerContext sc;
    private final Results results;

    public IndicatorPages(ServerContext sc, Results results) {
        this.sc = sc;
        this.results = results;
    }

    public void list(Context ctx) {
        Params.check(ctx, Set.of());
        StringBuilder sb = new StringBuilder("<h1>Indicators</h1><table class=\"nhsuk-table\"><caption class=\"nhsuk-table__caption\">"
                + "Indicator catalogue</caption><thead class=\"nhsuk-table__head\"><tr><th scope=\"col\">Indicator</th>"
                + "<th scope=\"col\">Domain</th><th scope=\"col\">Better is</th><th scope=\"col\" class=\"derwent-num\">Target</th>"
                + "</tr></thead><tbody class=\"nhsuk-table__body\">");
        for (Map<String, Object> m : sc.catalogue().all()) {
            sb.append("<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\"><a href=\"/indicators/")
                    .append(esc(m.get("indicator_id"))).append("\">").append(esc(m.get("title"))).append("</a> <span class=\"derwent-code\">")
                    .append(esc(m.get("indicator_id"))).append("</span></td><td class=\"nhsuk-table__cell\">").append(esc(m.get("domain")))
                    .append("</td><td class=\"nhsuk-table__cell\">").append(esc(m.get("improvement_direction")))
                    .append("</td><td class=\"nhsuk-table__cell derwent-num\">").append(Html.value(m.get("target"), m.get("unit")))
                    .append("</td></tr>");
        }
        ctx.html(Layout.page(ctx, "Indicators", sb.append("</tbody></table>").toString()));
    }

    public void detail(Context ctx) {
        Params.check(ctx, Set.of("level"));
        String id = Params.path(ctx, "id", "id");
        Map<String, Object> ind = sc.catalogue().get(id);
        String level = Params.query(ctx, "level", "practice");
        Scope scope = Auth.scope(ctx);
        LocalDate period = results.latestPeriod(id);
        Object unit = ind.get("unit");
        boolean pub = scope.role() == Role.PUBLIC;
        StringBuilder sb = new StringBuilder();
        sb.append("<span class=\"nhsuk-caption-l\">").append(esc(id)).append(" &middot; period ending ").append(esc(period))
                .append("</span><h1>").append(esc(ind.get("title"))).append("</h1>")
                .append("<p class=\"nhsuk-body\">").append(esc(ind.get("description"))).append("</p>")
                .append("<p class=\"nhsuk-body-s\">Source: ").append(esc(ind.get("definition_source")))
                .append(". Better is ").append(esc(ind.get("improvement_direction")))
                .append(ind.get("target") == null ? "" : ". Plan target " + Html.value(ind.get("target"), unit)).append(".</p>");
        Map<String, Object> icb = results.one(scope, id, period, "icb", null);
        if (icb != null) {
            sb.append("<div class=\"nhsuk-card derwent-headline\"><div class=\"nhsuk-card__content\"><p class=\"nhsuk-card__heading\">ICB value</p>")
                    .append("<p class=\"derwent-big\" id=\"icb-value\">").append(Boolean.TRUE.equals(icb.get("suppressed")) ? "* suppressed"
                            : Html.value(icb.get("value"), unit)).append("</p></div></div>");
        }
        String icbGroup = icb == null ? "" : (String) icb.get("group_code");
        sb.append("<h2>Trend over 24 months</h2>").append(chart("spc", id, "breakdown=icb&group=" + icbGroup,
                "Statistical process control chart of the ICB value by month, with mean and process limits"));
        if (!pub) {
            sb.append("<h2>Variation between ").append("pcn".equals(level) ? "primary care networks" : "practices").append("</h2>")
                    .append("<p class=\"nhsuk-body-s\">Show: <a href=\"/indicators/").append(esc(id)).append("?level=practice\">practices</a> | ")
                    .append("<a href=\"/indicators/").append(esc(id)).append("?level=pcn\">PCNs</a></p>")
                    .append(chart("funnel", id, "level=" + level, "Funnel plot of " + level + " values against list size with 95% and 99.8% limits"))
                    .append("<div id=\"funnel-outliers\" class=\"derwent-outliers\" data-indicator=\"").append(esc(id))
                    .append("\" data-level=\"").append(esc(level)).append("\"></div>");
            sb.append("<h2>Inequality by deprivation</h2>").append(chart("inequality", id, "",
                    "Bar chart of the value in each IMD decile, with the slope index of inequality"))
                    .append("<p class=\"nhsuk-body\" id=\"sii-text\" data-indicator=\"").append(esc(id)).append("\"></p>");
            sb.append("<h2>Breakdowns</h2>").append(chart("breakdowns", id, "", "Bar charts of the value by ethnicity, age band and sex"));
        }
        sb.append("<h2>Tables</h2>");
        for (String[] b : BREAKDOWNS) {
            if (pub && !Scope.PUBLIC_BREAKDOWNS.contains(b[0])) {
                continue;
            }
            List<Map<String, Object>> rows = results.rows(scope, id, period, b[0], null);
            sb.append(Tables.results(b[1], rows, unit, "practice".equals(b[0]) || "pcn".equals(b[0])));
            sb.append("<p class=\"nhsuk-body-s\">Download: <a href=\"/api/results?indicator=").append(esc(id))
                    .append("&amp;breakdown=").append(b[0]).append("&amp;format=csv\">CSV</a> | <a href=\"/api/results?indicator=")
                    .append(esc(id)).append("&amp;breakdown=").append(b[0]).append("&amp;format=xlsx\">Excel</a></p>");
        }
        ctx.html(Layout.page(ctx, String.valueOf(ind.get("title")), sb.toString()));
    }

    static String chart(String kind, String id, String query, String label) {
        return "<div class=\"derwent-chart derwent-chart--" + kind + "\" data-chart=\"" + kind + "\" data-indicator=\"" + esc(id)
                + "\" data-query=\"" + esc(query) + "\" role=\"img\" aria-label=\"" + esc(label) + "\"></div>";
    }
}
