package org.derwent.server.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.server.ServerContext;
import org.derwent.server.scope.Scope;
import org.derwent.server.stats.Spc;

/**
 * Monthly series (table {@code measure_series}) for one group with its Making Data Count SPC chart. Points
 * whose counts disclosure control suppresses are returned without a value and left out of the chart.
 */
public final class Series {
    private final ServerContext sc;

    public Series(ServerContext sc) {
        this.sc = sc;
    }

    public Map<String, Object> get(Scope scope, String indicator, String breakdown, String group) {
        sc.catalogue().get(indicator);
        List<Object> binds = new ArrayList<>(List.of(indicator, breakdown, group));
        String sql = "SELECT period_end, numerator, denominator, value, breakdown, group_code FROM measure_series "
                + "WHERE indicator_id = ? AND breakdown = ? AND group_code = ? AND " + scope.resultPredicate(binds)
                + " ORDER BY period_end";
        List<Map<String, Object>> pts = sc.store().cachedQuery(sql, binds).maps();
        List<String> periods = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Map<String, Object> p : pts) {
            p.put("lower_95", null);
            p.put("upper_95", null);
            sc.rows().protect(p, scope);
            p.remove("lower_95");
            p.remove("upper_95");
            p.remove("breakdown");
            p.remove("group_code");
            if (p.get("value") != null) {
                periods.add(p.get("period_end").toString());
                values.add(((Number) p.get("value")).doubleValue());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("indicator_id", indicator);
        out.put("breakdown", breakdown);
        out.put("group_code", group);
        out.put("group_name", sc.footprint().name(breakdown, group));
        out.put("target", sc.catalogue().target(indicator));
        out.put("improvement_direction", sc.catalogue().direction(indicator));
        out.put("points", pts);
        if (values.size() >= 2) {
            double[] y = values.stream().mapToDouble(Double::doubleValue).toArray();
            out.put("spc", Spc.chart(periods, y, sc.catalogue().direction(indicator), sc.catalogue().target(indicator)));
        } else {
            out.put("spc", null);
        }
        return out;
    }
}
