package org.derwent.server.web;

import static org.derwent.server.web.Html.esc;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import org.derwent.server.ServerContext;
import org.derwent.server.http.ApiException;
import org.derwent.server.http.Auth;
import org.derwent.server.http.Params;
import org.derwent.server.security.Role;

/** The LSOA choropleth: one indicator's LSOA values (in scope, protected) over the 2011 LSOA boundaries. */
public final class MapPage {
    private final ServerContext sc;

    public MapPage(ServerContext sc) {
        this.sc = sc;
    }

    public void render(Context ctx) {
        Params.check(ctx, Set.of("indicator", "model"));
        if (Auth.scope(ctx).role() == Role.PUBLIC) {
            throw ApiException.forbidden("The public role sees headline aggregates only");
        }
        var all = sc.catalogue().all();
        String def = all.stream().map(m -> (String) m.get("indicator_id")).filter(i -> i.endsWith("_PREV")).findFirst()
                .orElse(all.isEmpty() ? "" : (String) all.get(0).get("indicator_id"));
        String model = Params.query(ctx, "model", null);
        if (model != null) {
            riskMap(ctx, model);
            return;
        }
        String id = Params.query(ctx, "indicator", def);
        StringBuilder sb = new StringBuilder("<h1>Map by neighbourhood (LSOA)</h1><form method=\"get\" action=\"/map\" "
                + "class=\"derwent-inline-form\"><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"indicator\">Indicator</label>"
                + "<select class=\"nhsuk-select\" id=\"indicator\" name=\"indicator\">");
        for (Map<String, Object> m : all) {
            sb.append("<option value=\"").append(esc(m.get("indicator_id"))).append('"')
                    .append(m.get("indicator_id").equals(id) ? " selected" : "").append('>').append(esc(m.get("title"))).append("</option>");
        }
        sb.append("</select> <button class=\"nhsuk-button nhsuk-button--secondary derwent-small-button\" type=\"submit\">Show</button></div></form>")
                .append("<p class=\"nhsuk-body-s\">LSOAs outside your scope, or with suppressed counts, are shown grey. ")
                .append("Boundaries: ONS LSOA 2011 (Open Government Licence).</p>")
                .append(IndicatorPages.chart("map", id, "", "Map of the indicator value by LSOA"));
        sb.append(riskLinks());
        ctx.html(Layout.page(ctx, "Map", sb.toString()));
    }

    private String riskLinks() {
        var risk = sc.readiness().get(org.derwent.server.status.Part.RISK);
        if (risk.state() == org.derwent.server.status.State.COMPUTING || risk.state() == org.derwent.server.status.State.FAILED) {
            return "<h2>Risk by neighbourhood</h2><p class=\"nhsuk-body-s\">" + esc(risk.sentence(System.nanoTime())) + ".</p>";
        }
        var models = new org.derwent.server.api.RiskMap(sc).models();
        if (models.isEmpty()) {
            return "<p class=\"nhsuk-body-s\">No risk scores in the store yet (run <code>./derwent risk</code>).</p>";
        }
        StringBuilder sb = new StringBuilder("<h2>Risk by neighbourhood</h2><ul class=\"nhsuk-list\">");
        models.forEach(m -> sb.append("<li><a href=\"/map?model=").append(esc(m)).append("\">Mean ").append(esc(m))
                .append(" risk score of your patients by LSOA</a></li>"));
        return sb.append("</ul>").toString();
    }

    private void riskMap(Context ctx, String model) {
        String body = "<h1>Risk by neighbourhood (LSOA)</h1><p class=\"nhsuk-body\">Mean <strong>" + esc(model)
                + "</strong> score of the registered patients of the practices in your scope, by the LSOA they live in. "
                + "LSOAs with 1 to 7 scored patients are suppressed (grey).</p><p class=\"nhsuk-body-s\"><a href=\"/map\">Back to indicator maps</a></p>"
                + "<div class=\"derwent-chart derwent-chart--map\" data-chart=\"riskmap\" data-indicator=\"\" data-query=\"model="
                + esc(model) + "\" role=\"img\" aria-label=\"Map of the mean risk score by LSOA\"></div>";
        ctx.html(Layout.page(ctx, "Risk map", body));
    }
}
