package org.derwent.server.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derwent.server.ServerContext;
import org.derwent.server.scope.Scope;

/**
 * Risk by neighbourhood: the mean score of one risk model (table {@code risk_score}, written by
 * {@code ./derwent risk}) over the patients of the practices in the user's scope, by their LSOA. Rows carry
 * {@code numerator} = patients in the high tier and {@code denominator} = patients scored, and pass disclosure
 * control for every role (a small area's mean would otherwise describe a handful of patients).
 */
public final class RiskMap {
    private final ServerContext sc;

    public RiskMap(ServerContext sc) {
        this.sc = sc;
    }

    /** Risk models present in the store. */
    public List<String> models() {
        if (!sc.store().tables().contains("risk_score")) {
            return List.of();
        }
        return sc.store().cachedQuery("SELECT DISTINCT model FROM risk_score ORDER BY model", List.of()).rows().stream()
                .map(r -> (String) r.get(0)).toList();
    }

    public List<Map<String, Object>> get(Scope scope, String model) {
        if (!models().contains(model)) {
            throw org.derwent.server.http.ApiException.notFound("No risk scores for model '" + model + "'");
        }
        List<Object> binds = new ArrayList<>(List.of(model));
        String sql = "SELECT 'lsoa' AS breakdown, p.lsoa_code AS group_code, any_value(coalesce(l.name, p.lsoa_code)) AS group_name, "
                + "count(*) FILTER (WHERE lower(r.tier) IN ('high', 'very_high', 'very high')) AS numerator, count(*) AS denominator, "
                + "avg(r.score) AS value, NULL AS lower_95, NULL AS upper_95, NULL AS funnel_flag, FALSE AS suppressed "
                + "FROM risk_score r JOIN person p USING (person_id) LEFT JOIN geo_lsoa l ON l.lsoa_code = p.lsoa_code "
                + "WHERE r.model = ? AND p.lsoa_code <> 'UNKNOWN' AND " + scope.practicePredicate("p.practice_code", binds)
                + " GROUP BY p.lsoa_code ORDER BY p.lsoa_code";
        List<Map<String, Object>> rows = sc.store().cachedQuery(sql, binds).maps();
        Scope planning = scope.forPlanning();
        rows.forEach(r -> sc.rows().protect(r, planning));
        return rows;
    }
}
