package org.derwent.server.web;

import static org.derwent.server.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.server.api.Quality;
import org.derwent.server.http.Auth;
import org.derwent.server.http.Params;

/** The data quality page: load history, quarantined records by reason, completeness of person fields. */
public final class QualityPage {
    private final Quality quality;

    public QualityPage(Quality quality) {
        this.quality = quality;
    }

    @SuppressWarnings("unchecked")
    public void render(Context ctx) {
        Params.check(ctx, Set.of());
        Map<String, Object> q = quality.report(Auth.scope(ctx));
        StringBuilder sb = new StringBuilder("<h1>Data quality</h1>");
        Map<String, Object> c = (Map<String, Object>) q.get("completeness");
        if (c != null) {
            sb.append("<h2>Completeness of person records</h2>").append(table("Person fields", List.of(c),
                    List.of("persons", "unknown_lsoa", "unknown_practice", "unknown_ethnicity", "unknown_sex")));
        }
        sb.append("<h2>Loads</h2>").append(table("Load history", (List<Map<String, Object>>) q.get("loads"),
                List.of("load_id", "started_at", "finished_at", "records_read", "records_loaded", "records_quarantined", "extract_date")));
        sb.append("<p class=\"nhsuk-body-s\">Download: <a href=\"/api/loads?format=csv\">CSV</a></p>");
        sb.append("<h2>Quarantined records</h2>").append(table("Quarantine by reason", (List<Map<String, Object>>) q.get("quarantine"),
                List.of("resource_type", "field", "reason", "records")));
        if (q.get("report") != null) {
            sb.append("<h2>Loader quality report</h2><pre class=\"derwent-pre\">").append(esc(q.get("report").toString())).append("</pre>");
        }
        ctx.html(Layout.page(ctx, "Data quality", sb.toString()));
    }

    private static String table(String caption, List<Map<String, Object>> rows, List<String> cols) {
        if (rows == null || rows.isEmpty()) {
            return "<p class=\"nhsuk-body\">None recorded.</p>";
        }
        StringBuilder sb = new StringBuilder("<table class=\"nhsuk-table\"><caption class=\"nhsuk-table__caption\">").append(esc(caption))
                .append("</caption><thead class=\"nhsuk-table__head\"><tr>");
        cols.forEach(col -> sb.append("<th scope=\"col\">").append(esc(col.replace('_', ' '))).append("</th>"));
        sb.append("</tr></thead><tbody class=\"nhsuk-table__body\">");
        for (Map<String, Object> r : rows) {
            sb.append("<tr class=\"nhsuk-table__row\">");
            cols.forEach(col -> sb.append("<td class=\"nhsuk-table__cell\">").append(esc(r.get(col))).append("</td>"));
            sb.append("</tr>");
        }
        return sb.append("</tbody></table>").toString();
    }
}
