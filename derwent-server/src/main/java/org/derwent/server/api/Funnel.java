package org.derwent.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.server.ServerContext;
import org.derwent.server.scope.Scope;
import org.derwent.server.stats.FunnelLimits;

/**
 * Funnel plot data: practices or PCNs in scope (value against denominator, stored funnel flag), the ICB
 * centre line and the 95% / 99.8% limits. Outliers (flags {@code high_*}/{@code low_*}) are listed by name.
 */
public final class Funnel {
    private final ServerContext sc;
    private final Results results;

    public Funnel(ServerContext sc, Results results) {
        this.sc = sc;
        this.results = results;
    }

    public Map<String, Object> get(Scope scope, String indicator, String level, LocalDate period) {
        Map<String, Object> icb = results.one(scope, indicator, period, "icb", null);
        List<Map<String, Object>> pts = results.rows(scope, indicator, period, level, null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("indicator_id", indicator);
        out.put("level", level);
        out.put("direction", sc.catalogue().direction(indicator));
        out.put("period_end", period.toString());
        out.put("points", pts);
        List<Map<String, Object>> outliers = new ArrayList<>();
        long min = Long.MAX_VALUE;
        long max = 0;
        for (Map<String, Object> p : pts) {
            String flag = (String) p.get("funnel_flag");
            if (p.get("value") != null && flag != null && !flag.equals("within")) {
                outliers.add(Map.of("group_code", p.get("group_code"), "group_name", p.get("group_name"), "funnel_flag", flag));
            }
            if (p.get("denominator") != null) {
                long d = ((Number) p.get("denominator")).longValue();
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        out.put("outliers", outliers);
        String unit = (String) sc.catalogue().get(indicator).get("unit");
        if (icb != null && icb.get("value") != null && "proportion".equals(unit) && max > 0) {
            double centre = ((Number) icb.get("value")).doubleValue();
            out.put("centre", centre);
            out.put("limits", FunnelLimits.curve(centre, Math.max(1, min / 2), max * 11 / 10));
        } else {
            out.put("centre", icb == null ? null : icb.get("value"));
            out.put("limits", List.of());
        }
        return out;
    }
}
