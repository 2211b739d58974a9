package org.derwent.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.server.ServerContext;
import org.derwent.server.scope.Scope;

/** Slope and relative index of inequality (table {@code measure_inequality}) with the IMD decile bars. */
public final class Inequality {
    private final ServerContext sc;
    private final Results results;

    public Inequality(ServerContext sc, Results results) {
        this.sc = sc;
        this.results = results;
    }

    public Map<String, Object> get(Scope scope, String indicator, LocalDate period) {
        List<Object> binds = new ArrayList<>(List.of(indicator, period));
        List<Map<String, Object>> idx = sc.store().cachedQuery("SELECT breakdown, sii, sii_lower_95, sii_upper_95, rii, "
                + "rii_lower_95, rii_upper_95 FROM (SELECT *, 'ICB' AS group_code FROM measure_inequality) WHERE indicator_id = ? AND period_end = ? AND "
                + scope.resultPredicate(binds) + " ORDER BY breakdown", binds).maps();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("indicator_id", indicator);
        out.put("period_end", period.toString());
        out.put("index", idx.isEmpty() ? null : idx.get(0));
        out.put("deciles", results.rows(scope, indicator, period, "imd_decile", null));
        return out;
    }
}
