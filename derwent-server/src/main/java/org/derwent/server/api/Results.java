package org.derwent.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derwent.server.ServerContext;
import org.derwent.server.http.ApiException;
import org.derwent.server.scope.Scope;

/**
 * Reads precomputed results (table {@code measure_result}) through the user's scope predicate and applies
 * disclosure control to every row the user does not hold as direct care.
 */
public final class Results {
    static final String COLUMNS = "indicator_id, period_end, breakdown, group_code, group_name, numerator, denominator, "
            + "value, lower_95, upper_95, funnel_flag, suppressed";
    private final ServerContext sc;

    private final org.derwent.server.disclosure.BreakdownProtection protection;

    public Results(ServerContext sc) {
        this.sc = sc;
        this.protection = new org.derwent.server.disclosure.BreakdownProtection(sc.store());
    }

    /** The latest period with results for an indicator; 404 when it has none. */
    public LocalDate latestPeriod(String indicator) {
        List<Object> r = sc.store().cachedQuery("SELECT max(period_end) FROM measure_result WHERE indicator_id = ?",
                List.of(indicator)).rows().get(0);
        if (r.get(0) == null) {
            throw ApiException.notFound("No results for indicator '" + indicator + "'");
        }
        return (LocalDate) r.get(0);
    }

    /** The period asked for (validated already) or the latest. */
    public LocalDate period(String indicator, String period) {
        return period == null ? latestPeriod(indicator) : LocalDate.parse(period);
    }

    /** Protected rows of one breakdown (optionally one group) in scope, ordered by group name. */
    public List<Map<String, Object>> rows(Scope scope, String indicator, LocalDate period, String breakdown, String group) {
        sc.catalogue().get(indicator);
        List<Object> binds = new ArrayList<>(List.of(indicator, period, breakdown));
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
                + " FROM measure_result WHERE indicator_id = ? AND period_end = ? AND breakdown = ?");
        if (group != null) {
            sql.append(" AND group_code = ?");
            binds.add(group);
        }
        sql.append(" AND ").append(scope.resultPredicate(binds)).append(" ORDER BY group_name, group_code");
        List<Map<String, Object>> rows = sc.store().cachedQuery(sql.toString(), binds).maps();
        var whole = protection.of(indicator, period, breakdown, (String) sc.catalogue().get(indicator).get("unit"));
        rows.forEach(r -> sc.rows().protect(r, scope, whole.get((String) r.get("group_code"))));
        return rows;
    }

    /** One row or null when out of scope or absent. */
    public Map<String, Object> one(Scope scope, String indicator, LocalDate period, String breakdown, String group) {
        List<Map<String, Object>> r = rows(scope, indicator, period, breakdown, group);
        return r.isEmpty() ? null : r.get(0);
    }
}
