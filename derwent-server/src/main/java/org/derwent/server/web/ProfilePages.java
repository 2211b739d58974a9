package org.derwent.server.web;

import static org.derwent.server.web.Html.esc;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.server.ServerContext;
import org.derwent.server.api.Results;
import org.derwent.server.http.ApiException;
import org.derwent.server.http.Auth;
import org.derwent.server.http.Params;
import org.derwent.server.scope.Scope;

/** Practice and PCN profiles: every indicator for one area against the ICB, with its funnel position. */
public final class ProfilePages {
    private final ServerContext sc;
    private final Results results;

    public ProfilePages(ServerContext sc, Results results) {
        this.sc = sc;
        this.results = results;
    }

    public void index(Context ctx) {
        Params.check(ctx, Set.of());
        Scope scope = Auth.scope(ctx);
        StringBuilder sb = new StringBuilder("<h1>Practice and PCN profiles</h1><ul class=\"nhsuk-list nhsuk-list--bullet\">");
        for (AreaChoices.Choice c : AreaChoices.of(scope, sc.footprint())) {
            if (c.level().equals("pcn") || c.level().equals("practice")) {
                sb.append("<li><a href=\"/profile/").append(c.level()).append('/').append(esc(c.code())).append("\">")
                        .append(esc(c.label())).append("</a></li>");
            }
        }
        if (scope.role() == org.derwent.server.security.Role.PLACE_LEAD || scope.role() == org.derwent.server.security.Role.ICB_ANALYST) {
            for (String p : new java.util.TreeSet<>(scope.practices())) {
                sb.append("<li><a href=\"/profile/practice/").append(esc(p)).append("\">Practice: ")
                        .append(esc(sc.footprint().name("practice", p))).append("</a></li>");
            }
        }
        ctx.html(Layout.page(ctx, "Profiles", sb.append("</ul>").toString()));
    }

    public void profile(Context ctx) {
        Params.check(ctx, Set.of());
        String level = ctx.pathParam("level");
        if (!Set.of("pcn", "practice").contains(level)) {
            throw ApiException.badRequest("Invalid profile level '" + level.replaceAll("[^A-Za-z0-9_]", "?") + "' (pcn or practice)");
        }
        String code = Params.path(ctx, "code", "code");
        Scope scope = Auth.scope(ctx);
        if (!scope.allows(level, code) || !sc.footprint().exists(level, code)) {
            throw ApiException.forbidden("The " + level + " " + code + " is not in your scope");
        }
        StringBuilder sb = new StringBuilder("<span class=\"nhsuk-caption-l\">").append("pcn".equals(level) ? "PCN profile" : "Practice profile")
                .append(" &middot; ").append(esc(code)).append("</span><h1>").append(esc(sc.footprint().name(level, code))).append("</h1>");
        if ("practice".equals(level)) {
            String pcn = sc.footprint().pcnOfPractice(code);
            sb.append("<p class=\"nhsuk-body\">Member of ").append(esc(sc.footprint().name("pcn", pcn))).append(".</p>");
        } else {
            sb.append("<p class=\"nhsuk-body\">").append(sc.footprint().practicesOfPcn(code).size()).append(" member practices.</p>");
        }
        sb.append("<table class=\"nhsuk-table\"><caption class=\"nhsuk-table__caption\">All indicators, latest period</caption>"
                + "<thead class=\"nhsuk-table__head\"><tr><th scope=\"col\">Indicator</th><th scope=\"col\" class=\"derwent-num\">Value</th>"
                + "<th scope=\"col\" class=\"derwent-num\">95% CI</th><th scope=\"col\" class=\"derwent-num\">ICB</th><th scope=\"col\">Funnel</th>"
                + "<th scope=\"col\">Mark</th></tr></thead><tbody class=\"nhsuk-table__body\">");
        for (Map<String, Object> ind : sc.catalogue().all()) {
            String id = (String) ind.get("indicator_id");
            LocalDate period;
            try {
                period = results.latestPeriod(id);
            } catch (ApiException e) {
                continue;
            }
            List<Map<String, Object>> r = results.rows(scope, id, period, level, code);
            Map<String, Object> icb = results.one(scope, id, period, "icb", null);
            if (r.isEmpty()) {
                continue;
            }
            Map<String, Object> row = r.get(0);
            Object unit = ind.get("unit");
            boolean sup = Boolean.TRUE.equals(row.get("suppressed"));
            sb.append("<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\"><a href=\"/indicators/").append(esc(id)).append("\">")
                    .append(esc(ind.get("title"))).append("</a></td><td class=\"nhsuk-table__cell derwent-num\">")
                    .append(sup ? "*" : Html.value(row.get("value"), unit)).append("</td><td class=\"nhsuk-table__cell derwent-num\">")
                    .append(sup || row.get("lower_95") == null ? "" : Html.value(row.get("lower_95"), unit) + " to " + Html.value(row.get("upper_95"), unit))
                    .append("</td><td class=\"nhsuk-table__cell derwent-num\">")
                    .append(icb == null || icb.get("value") == null ? "" : Html.value(icb.get("value"), unit))
                    .append("</td><td class=\"nhsuk-table__cell\">").append(esc(Tables.flag(row.get("funnel_flag"))))
                    .append("</td><td class=\"nhsuk-table__cell\">").append(esc(Tables.mark(row.get("mark")))).append("</td></tr>");
        }
        ctx.html(Layout.page(ctx, sc.footprint().name(level, code), sb.append("</tbody></table>").toString()));
    }
}
