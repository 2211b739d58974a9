package org.derwent.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.server.ServerContext;
import org.derwent.server.scope.Scope;
import org.derwent.server.status.Part;
import org.derwent.server.status.State;

/**
 * The plan overview: every indicator with a target, its latest value for the ICB and for a chosen area
 * (Place, PCN or practice in scope) against the target, with the SPC variation and assurance of each.
 */
public final class Overview {
    private final ServerContext sc;
    private final Results results;
    private final Series series;

    public Overview(ServerContext sc, Results results, Series series) {
        this.sc = sc;
        this.results = results;
        this.series = series;
    }

    public List<Map<String, Object>> get(Scope scope, String areaLevel, String area) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> ind : sc.catalogue().all()) {
            if (ind.get("target") == null) {
                continue;
            }
            String id = (String) ind.get("indicator_id");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicator_id", id);
            row.put("title", ind.get("title"));
            row.put("target", ind.get("target"));
            row.put("unit", ind.get("unit"));
            row.put("improvement_direction", ind.get("improvement_direction"));
            LocalDate period;
            try {
                period = results.latestPeriod(id);
            } catch (org.derwent.server.http.ApiException e) {
                continue;
            }
            row.put("period_end", period.toString());
            row.put("spc_status", sc.readiness().get(Part.SERIES).state().id());
            row.put("icb", cell(scope, id, period, "icb", "ICB"));
            if (area != null && !"icb".equals(areaLevel)) {
                row.put("area", cell(scope, id, period, areaLevel, area));
            }
            out.add(row);
        }
        return out;
    }

    private Map<String, Object> cell(Scope scope, String id, LocalDate period, String level, String code) {
        Map<String, Object> r = "icb".equals(level) ? results.one(scope, id, period, level, null)
                : results.one(scope, id, period, level, code);
        if (r == null) {
            return null;
        }
        Map<String, Object> c = new LinkedHashMap<>(r);
        if (sc.readiness().get(Part.SERIES).state() != State.READY) {
            c.put("variation", null);
            c.put("assurance", null);
            return c;
        }
        Map<String, Object> s = series.get(scope, id, level, (String) r.get("group_code"));
        var spc = (org.derwent.server.stats.Spc.Chart) s.get("spc");
        c.put("variation", spc == null ? null : spc.variation());
        c.put("assurance", spc == null ? null : spc.assurance());
        return c;
    }
}
