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
        Params.check(ctx, Set.of("indicator"));
        if (Auth.scope(ctx).role() == Role.PUBLIC) {
            throw ApiException.forbidden("The public role sees headline aggregates only");
        }
        var all = sc.catalogue().all();
        String def = all.stream().map(m -> (String) m.get("indicator_id")).filter(i -> i.endsWith("_PREV")).findFirst()
                .orElse(all.isEmpty() ? "" : (String) all.get(0).get("indicator_id"));
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
        ctx.html(Layout.page(ctx, "Map", sb.toString()));
    }
}
