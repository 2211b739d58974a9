package org.derwent.risk.continuity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derwent.risk.features.SqlDate;

/**
 * Computes continuity in SQL for everyone registered and alive at the reference date t, over the 12 months to t:
 * GP contacts ({@code setting = 'gp'}) grouped by {@link ProviderKey} (the clinician id where the store has one),
 * same-day GP contacts
 * ({@code service_type = 'same_day'}, case-insensitive, '-' or '_') and A&E attendances.
 */
public final class ContinuityQuery {
    private ContinuityQuery() {
    }

    static String sql(LocalDate t, boolean clinicianIds) {
        String d = SqlDate.of(t);
        return """
            WITH pop AS (
              SELECT p.person_id, r.practice_code FROM person p
              JOIN (SELECT person_id, practice_code FROM registration
                    WHERE start_date <= %1$s AND (end_date IS NULL OR end_date > %1$s)
                    QUALIFY row_number() OVER (PARTITION BY person_id ORDER BY start_date DESC, practice_code) = 1) r
                ON r.person_id = p.person_id
              WHERE p.death_date IS NULL OR p.death_date > %1$s),
            enc AS (
              SELECT person_id, setting, service_type, %2$s AS provider, %3$s AS identified FROM encounter
              WHERE start_date > %1$s - INTERVAL 12 MONTH AND start_date <= %1$s AND setting IN ('gp', 'ae')),
            prov AS (
              SELECT person_id, provider, count(*) AS n, count(*) FILTER (WHERE identified) AS ids FROM enc
              WHERE setting = 'gp' GROUP BY person_id, provider),
            cont AS (
              SELECT person_id, sum(n) AS contacts, max(n) AS top, sum(n * n) AS sumsq, sum(ids) AS ids FROM prov
              GROUP BY person_id),
            act AS (
              SELECT person_id,
                count(*) FILTER (WHERE setting = 'gp'
                    AND replace(lower(coalesce(service_type, '')), '-', '_') = 'same_day') AS same_day,
                count(*) FILTER (WHERE setting = 'ae') AS ae
              FROM enc GROUP BY person_id)
            SELECT pop.person_id, pop.practice_code, coalesce(cont.contacts, 0) AS contacts,
              coalesce(act.same_day, 0) AS same_day, coalesce(act.ae, 0) AS ae,
              CASE WHEN cont.contacts >= 2 THEN cont.top / cont.contacts END AS upc,
              CASE WHEN cont.contacts >= 2
                   THEN (cont.sumsq - cont.contacts) / (cont.contacts * (cont.contacts - 1.0)) END AS coc,
              coalesce(cont.ids, 0) AS ids
            FROM pop LEFT JOIN cont ON cont.person_id = pop.person_id
            LEFT JOIN act ON act.person_id = pop.person_id
            WHERE cont.contacts IS NOT NULL OR act.ae IS NOT NULL
            ORDER BY pop.person_id""".formatted(d, ProviderKey.sql(clinicianIds), ProviderKey.identified(clinicianIds));
    }

    /**
     * Everyone with at least one GP contact or A&amp;E attendance in the 12 months to {@code t}; the provider is the
     * clinician id when the store has the column and the contact has one.
     */
    public static List<PatientContinuity> run(Connection c, LocalDate t) throws SQLException {
        List<PatientContinuity> out = new ArrayList<>();
        boolean clinicianIds = ProviderKey.available(c);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql(t, clinicianIds))) {
            while (rs.next()) {
                double upc = rs.getDouble(6);
                if (rs.wasNull()) {
                    upc = Double.NaN;
                }
                double coc = rs.getDouble(7);
                if (rs.wasNull()) {
                    coc = Double.NaN;
                }
                out.add(new PatientContinuity(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), upc, coc, rs.getInt(8)));
            }
        }
        return out;
    }
}
