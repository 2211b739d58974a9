package org.derwent.risk.features;

import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * The SQL that builds a cohort at an index date D: who is in it, their activity before D and the outcome after
 * it, their registers and medicines. Every statement creates a temporary table read by {@link #select}.
 */
final class FeatureQueries {
    private FeatureQueries() {
    }

    /** Registered (registration in force) and alive at D; age, breakdown fields. */
    static String cohort(LocalDate index) {
        String d = SqlDate.of(index);
        return """
            CREATE OR REPLACE TEMP TABLE risk_cohort AS
            SELECT p.person_id, coalesce(p.sex, 'U') AS sex, coalesce(p.ethnic_group, 'unknown') AS ethnic_group,
                   (year(%1$s) - p.birth_year - CASE WHEN month(%1$s) < coalesce(p.birth_month, 7) THEN 1 ELSE 0 END)
                       AS age,
                   r.practice_code, op.pcn_code, gd.place_code, l.imd_quintile
            FROM person p
            JOIN (SELECT person_id, practice_code FROM registration
                  WHERE start_date <= %1$s AND (end_date IS NULL OR end_date > %1$s)
                  QUALIFY row_number() OVER (PARTITION BY person_id ORDER BY start_date DESC, practice_code) = 1) r
              ON r.person_id = p.person_id
            LEFT JOIN org_practice op ON op.practice_code = r.practice_code
            LEFT JOIN geo_district gd ON gd.district_code = op.district_code
            LEFT JOIN geo_lsoa l ON l.lsoa_code = p.lsoa_code
            WHERE (p.death_date IS NULL OR p.death_date > %1$s) AND p.birth_year IS NOT NULL
              AND p.birth_year <= year(%1$s)""".formatted(d);
    }

    /** Contacts in the 12 months up to D and the outcome: any emergency admission in the 12 months after D. */
    static String activity(LocalDate index) {
        String d = SqlDate.of(index);
        return """
            CREATE OR REPLACE TEMP TABLE risk_activity AS
            SELECT person_id,
              count(*) FILTER (WHERE start_date <= %1$s AND setting = 'gp') AS gp_12m,
              count(*) FILTER (WHERE start_date <= %1$s AND setting = 'ae') AS ae_12m,
              count(*) FILTER (WHERE start_date <= %1$s AND setting = 'admitted' AND admission_method LIKE '2%%')
                  AS emergency_12m,
              count(*) FILTER (WHERE start_date <= %1$s AND setting = 'admitted'
                  AND admission_method IN ('11', '12', '13')) AS elective_12m,
              count(*) FILTER (WHERE start_date <= %1$s AND setting = 'outpatient') AS outpatient_12m,
              coalesce(sum(coalesce(los_days, 0)) FILTER (WHERE start_date <= %1$s AND setting = 'admitted'), 0)
                  AS bed_days_12m,
              max(CASE WHEN start_date > %1$s AND setting = 'admitted' AND admission_method LIKE '2%%'
                  THEN 1 ELSE 0 END) AS outcome
            FROM encounter
            WHERE start_date > %1$s - INTERVAL 12 MONTH AND start_date <= %1$s + INTERVAL 12 MONTH
            GROUP BY person_id""".formatted(d);
    }

    /** Register flags at D (latest adding code not resolved and later than any resolved code), LTC count, frailty. */
    static String registers(LocalDate index) {
        String d = SqlDate.of(index);
        StringJoiner cols = new StringJoiner(",\n  ");
        StringJoiner ltc = new StringJoiner(" + ");
        for (Register r : Register.values()) {
            cols.add("max(CASE WHEN register = '" + r.name() + "' AND on_reg THEN 1 ELSE 0 END) AS " + r.column());
            if (r.longTermCondition()) {
                ltc.add("max(CASE WHEN register = '" + r.name() + "' AND on_reg THEN 1 ELSE 0 END)");
            }
        }
        return """
            CREATE OR REPLACE TEMP TABLE risk_registers AS
            WITH ev AS (
              SELECT person_id, code, onset_date AS d, resolved_date AS r FROM condition WHERE onset_date <= %1$s
              UNION ALL
              SELECT person_id, code, obs_date AS d, NULL AS r FROM observation WHERE obs_date <= %1$s),
            hit AS (
              SELECT ev.person_id, rc.register,
                     max(CASE WHEN rc.kind = 'add' AND (ev.r IS NULL OR ev.r > %1$s) THEN ev.d END) AS last_add,
                     max(CASE WHEN rc.kind = 'res' THEN ev.d END) AS last_res
              FROM ev JOIN risk_code rc ON rc.code = ev.code
              GROUP BY ev.person_id, rc.register),
            flags AS (
              SELECT person_id, register, last_add IS NOT NULL AND (last_res IS NULL OR last_add > last_res) AS on_reg
              FROM hit)
            SELECT person_id,
              %2$s,
              %3$s AS ltc_count
            FROM flags GROUP BY person_id""".formatted(d, cols, ltc);
    }

    /** Distinct medicine codes issued in the 6 months up to D. */
    static String medicines(LocalDate index) {
        String d = SqlDate.of(index);
        return """
            CREATE OR REPLACE TEMP TABLE risk_medicines AS
            SELECT person_id, count(DISTINCT code) AS medicines_6m FROM medication
            WHERE issue_date > %1$s - INTERVAL 6 MONTH AND issue_date <= %1$s
            GROUP BY person_id""".formatted(d);
    }

    /** The feature rows, ordered by person id; the first 13 columns are fixed, then one per feature. */
    static String select(FeatureSet features, String compositeTable) {
        StringJoiner exprs = new StringJoiner(",\n  ");
        for (Feature f : features.features()) {
            exprs.add("CAST(" + f.sql() + " AS DOUBLE) AS " + f.name());
        }
        return """
            SELECT c.person_id, c.practice_code, c.pcn_code, c.place_code, c.sex, c.ethnic_group,
              coalesce(c.imd_quintile, 0) AS imd_quintile, coalesce(g.ltc_count, 0) AS ltc_count,
              coalesce(g.%3$s, 0) AS palliative,
              CASE WHEN coalesce(g.%4$s, 0) = 1 THEN 3 WHEN coalesce(g.%5$s, 0) = 1 THEN 2
                   WHEN coalesce(g.%6$s, 0) = 1 THEN 1 ELSE 0 END AS coded_frailty_level,
              s.efi_category, s.cms, coalesce(a.outcome, 0) AS outcome,
              %1$s
            FROM risk_cohort c
            LEFT JOIN risk_activity a ON a.person_id = c.person_id
            LEFT JOIN (SELECT *, CASE WHEN %4$s = 1 THEN 3 WHEN %5$s = 1 THEN 2 WHEN %6$s = 1 THEN 1 ELSE 0 END
                              AS coded_frailty FROM risk_registers) g ON g.person_id = c.person_id
            LEFT JOIN risk_medicines m ON m.person_id = c.person_id
            LEFT JOIN %2$s s ON s.person_id = c.person_id
            ORDER BY c.person_id""".formatted(exprs, compositeTable, Register.PALLIATIVE_CARE.column(),
                Register.FRAILTY_SEVERE.column(), Register.FRAILTY_MODERATE.column(),
                Register.FRAILTY_MILD.column());
    }
}
