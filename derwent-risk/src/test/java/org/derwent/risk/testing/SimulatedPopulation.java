package org.derwent.risk.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derwent.risk.features.Register;
import org.derwent.risk.features.RegisterCodes;

/**
 * Fills the store tables with a seeded simulated population over four years before the extract date, built in
 * SQL with hash-based uniforms (so the same seed gives the same rows on any thread count). Yearly emergency
 * admissions, A&E, GP and outpatient contacts depend on age, long-term conditions (onset dated, so registers
 * change over time), deprivation and a latent per-person frailty; medicines follow the condition count. Real
 * register codes come from reference/codelists.
 */
public final class SimulatedPopulation {
    /** The extract date of every simulated store. */
    public static final LocalDate EXTRACT_DATE = LocalDate.of(2025, 3, 31);
    /** Codelist directory relative to a module directory (the working directory of tests). */
    public static final Path CODELISTS = Path.of("../reference/codelists");

    private record Condition(Register register, double base, double ageSlope, double weight) {
    }

    private static final List<Condition> CONDITIONS = List.of(
            new Condition(Register.HYPERTENSION, -2.2, 0.06, 0.10),
            new Condition(Register.DIABETES, -3.0, 0.04, 0.25),
            new Condition(Register.CHD, -3.8, 0.07, 0.30),
            new Condition(Register.HEART_FAILURE, -5.0, 0.08, 0.60),
            new Condition(Register.COPD, -4.2, 0.06, 0.60),
            new Condition(Register.ASTHMA, -2.6, 0.0, 0.20),
            new Condition(Register.CKD, -4.2, 0.08, 0.35),
            new Condition(Register.ATRIAL_FIBRILLATION, -4.6, 0.08, 0.30),
            new Condition(Register.STROKE_TIA, -4.6, 0.07, 0.35),
            new Condition(Register.DEMENTIA, -7.0, 0.12, 0.55),
            new Condition(Register.CANCER, -4.2, 0.05, 0.45),
            new Condition(Register.DEPRESSION, -2.4, 0.0, 0.20));

    private SimulatedPopulation() {
    }

    /** Creates the tables and fills them with {@code n} people, {@code practices} practices, seeded by {@code seed}. */
    public static void fill(Connection c, int n, int practices, long seed) throws SQLException {
        StoreTables.create(c);
        StoreTables.createHospitalDetail(c);
        RegisterCodes codes = RegisterCodes.read(CODELISTS);
        String t = "DATE '" + EXTRACT_DATE + "'";
        List<String> sql = new ArrayList<>();
        sql.add("CREATE OR REPLACE TEMP MACRO u(a, b) AS (hash(a, b, " + seed + ") % 1000003) / 1000003.0");
        sql.add("CREATE OR REPLACE TEMP MACRO nrm(a, b) AS (u(a, b) + u(a, b + 7919) + u(a, b + 15887) - 1.5) * 2.0");
        sql.add("""
            CREATE OR REPLACE TEMP TABLE sim_p AS
            SELECT i, 'p' || lpad(i::VARCHAR, 9, '0') AS person_id, floor(u(i, 1) * 95)::INT AS age_t,
              CASE WHEN u(i, 2) < 0.5 THEN 'F' ELSE 'M' END AS sex, floor(u(i, 3) * 60)::INT AS lsoa,
              floor(u(i, 4) * %2$d)::INT AS prac, u(i, 5) AS eth, nrm(i, 6) AS z, 4 - (floor(u(i, 3) * 60)::INT %% 5) AS dep,
              1 + floor(u(i, 8) * 12)::INT AS birth_month
            FROM range(%1$d) r(i)""".formatted(n, practices));
        StringBuilder reg = new StringBuilder("CREATE OR REPLACE TEMP TABLE sim_reg AS SELECT * FROM (VALUES ");
        for (int k = 0; k < CONDITIONS.size(); k++) {
            Condition cd = CONDITIONS.get(k);
            reg.append(k == 0 ? "" : ", ").append("(").append(k).append(", '")
                    .append(codes.firstCode(cd.register())).append("', ").append(cd.base()).append(", ")
                    .append(cd.ageSlope()).append(", ").append(cd.weight()).append(")");
        }
        sql.add(reg.append(") v(k, code, base, slope, w)").toString());
        sql.add("""
            CREATE OR REPLACE TEMP TABLE sim_c AS
            SELECT p.i, p.person_id, r.k, r.code, r.w, (%1$s - floor(u(p.i, 300 + r.k) * 3650)::INT) AS onset
            FROM sim_p p CROSS JOIN sim_reg r
            WHERE u(p.i, 200 + r.k) < 1 / (1 + exp(-(r.base + r.slope * (p.age_t - 50) + 0.12 * p.dep + 0.5 * p.z)))
            """.formatted(t));
        sql.add("""
            CREATE OR REPLACE TEMP TABLE sim_y AS
            WITH yrs AS (SELECT y, CAST(%1$s - INTERVAL ((4 - y) * 12) MONTH AS DATE) AS ystart FROM range(4) r(y)),
            cy AS (SELECT c.i, yrs.y, count(*) AS ncond, sum(c.w) AS wsum FROM sim_c c JOIN yrs ON c.onset < yrs.ystart
                   GROUP BY c.i, yrs.y)
            SELECT p.i, p.person_id, p.prac, yrs.y, yrs.ystart, p.age_t - (4 - yrs.y) AS age,
              coalesce(cy.ncond, 0) AS ncond, coalesce(cy.wsum, 0) AS wsum, p.z, p.dep, nrm(p.i, 500 + yrs.y) AS e
            FROM sim_p p CROSS JOIN yrs LEFT JOIN cy ON cy.i = p.i AND cy.y = yrs.y
            WHERE p.age_t - (4 - yrs.y) >= 0""".formatted(t));
        sql.add("""
            CREATE OR REPLACE TEMP TABLE sim_rate AS
            SELECT *,
              exp(-4.9 + 0.02 * age + 1.2 * wsum + 0.15 * dep + 0.9 * z + 0.4 * e) AS lam_adm,
              exp(-1.9 + 0.004 * age + 0.5 * wsum + 0.15 * dep + 0.8 * z + 0.4 * e) AS lam_ae,
              exp(0.9 + 0.01 * age + 0.25 * ncond + 0.5 * z) AS lam_gp,
              exp(-1.0 + 0.01 * age + 0.3 * ncond + 0.2 * z) AS lam_op,
              exp(-3.8 + 0.02 * age + 0.2 * ncond) AS lam_el,
              1 / (1 + exp(-(-11.0 + 0.1 * age + 0.3 * ncond + 0.5 * z))) AS p_death
            FROM sim_y""");
        sql.add("""
            CREATE OR REPLACE TEMP TABLE sim_death AS
            SELECT i, min(ystart + floor(u(i, 900 + y) * 365)::INT) AS death_date FROM sim_rate
            WHERE u(i, 800 + y) < p_death GROUP BY i""");
        sql.add("""
            CREATE OR REPLACE TEMP TABLE sim_n AS
            SELECT r.*, d.death_date,
              CASE WHEN u(i, 600 + y) < exp(-lam_adm) THEN 0
                   WHEN u(i, 600 + y) < exp(-lam_adm) * (1 + lam_adm) THEN 1
                   WHEN u(i, 600 + y) < exp(-lam_adm) * (1 + lam_adm + lam_adm * lam_adm / 2) THEN 2 ELSE 3 END AS n_adm,
              floor(-ln(1 - u(i, 610 + y)) * lam_ae)::INT AS n_ae,
              floor(-ln(1 - u(i, 620 + y)) * lam_gp * 1.3)::INT AS n_gp,
              floor(-ln(1 - u(i, 630 + y)) * lam_op)::INT AS n_op,
              CASE WHEN u(i, 640 + y) < lam_el THEN 1 ELSE 0 END AS n_el
            FROM sim_rate r LEFT JOIN sim_death d USING (i)""");
        sql.add(persons(t));
        sql.add("INSERT INTO registration SELECT person_id, practice_code, registration_date, NULL, 'sim', source_line, 1"
                + " FROM person");
        sql.add(encounters(t));
        sql.add("""
            INSERT INTO condition
            SELECT 'c' || i || '-' || k, person_id, 'snomed', code, NULL, onset, NULL, 'sim', i, 1 FROM sim_c""");
        sql.add("""
            INSERT INTO observation
            SELECT 'o' || p.i, p.person_id, 'snomed', '%2$s', NULL, (%1$s - floor(u(p.i, 950) * 600)::INT),
                   NULL, NULL, 'sim', p.i, 1
            FROM sim_p p LEFT JOIN (SELECT i, count(*) AS nc FROM sim_c GROUP BY i) c USING (i)
            WHERE u(p.i, 951) < 1 / (1 + exp(-(-8.0 + 0.07 * (p.age_t - 50) + 0.3 * coalesce(c.nc, 0) + p.z)))
            """.formatted(t, codes.firstCode(Register.PALLIATIVE_CARE)));
        sql.add("""
            INSERT INTO observation
            SELECT 'f' || p.i, p.person_id, 'snomed', '%2$s', NULL, (%1$s - 500), NULL, NULL, 'sim', p.i, 1
            FROM sim_p p JOIN (SELECT i, count(*) AS nc FROM sim_c GROUP BY i) c USING (i)
            WHERE p.age_t >= 70 AND c.nc >= 3 AND p.z > 0.8""".formatted(t, codes.firstCode(Register.FRAILTY_MODERATE)));
        sql.add("""
            INSERT INTO medication
            SELECT 'm' || i || '-' || h || '-' || j, person_id, 'dmd', '3' || lpad(j::VARCHAR, 6, '0'), NULL,
                   issue, 28, 28, true, 'sim', i, 1
            FROM (SELECT p.i, p.person_id, h.h, CAST(%1$s - INTERVAL ((8 - h.h) * 6) MONTH AS DATE)
                         + floor(u(p.i, 1000 + h.h) * 180)::INT AS issue,
                         unnest(range(floor(coalesce(c.nc, 0) * 1.3 + u(p.i, 1100 + h.h) * 2)::INT)) AS j
                  FROM sim_p p CROSS JOIN range(8) h(h)
                  LEFT JOIN (SELECT i, count(*) AS nc FROM sim_c GROUP BY i) c ON c.i = p.i)
            WHERE issue <= %1$s""".formatted(t));
        sql.addAll(organisations(practices));
        sql.add("INSERT INTO load_history VALUES (1, NULL, NULL, 'simulated', " + n + ", " + n + ", 0, 0, " + t + ")");
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
            for (String tmp : List.of("sim_p", "sim_reg", "sim_c", "sim_y", "sim_rate", "sim_death", "sim_n")) {
                st.execute("DROP TABLE " + tmp);
            }
        }
    }

    private static String persons(String t) {
        return """
            INSERT INTO person
            SELECT p.person_id, p.sex, year(%1$s) - p.age_t, p.birth_month,
              CASE WHEN eth < 0.80 THEN 'A' WHEN eth < 0.90 THEN 'H' WHEN eth < 0.94 THEN 'N' WHEN eth < 0.97 THEN 'D'
                   WHEN eth < 0.99 THEN 'S' ELSE 'Z' END,
              CASE WHEN eth < 0.80 THEN 'white' WHEN eth < 0.90 THEN 'asian' WHEN eth < 0.94 THEN 'black'
                   WHEN eth < 0.97 THEN 'mixed' WHEN eth < 0.99 THEN 'other' ELSE 'unknown' END,
              'E0100' || lpad(p.lsoa::VARCHAR, 4, '0'), 'C8' || lpad(p.prac::VARCHAR, 4, '0'),
              DATE '2010-01-01', d.death_date, 'sim', p.i, 1
            FROM sim_p p LEFT JOIN sim_death d USING (i)""".formatted(t);
    }

    private static String encounters(String t) {
        return """
            INSERT INTO encounter
            WITH ev AS (
              SELECT i, person_id, prac, y, ystart, death_date, 'admitted' AS setting, '21' AS method, n, 1 AS s
                FROM (SELECT *, unnest(range(n_adm)) AS n FROM sim_n)
              UNION ALL SELECT i, person_id, prac, y, ystart, death_date, 'admitted', '11', n, 2
                FROM (SELECT *, unnest(range(n_el)) AS n FROM sim_n)
              UNION ALL SELECT i, person_id, prac, y, ystart, death_date, 'ae', NULL, n, 3
                FROM (SELECT *, unnest(range(n_ae)) AS n FROM sim_n)
              UNION ALL SELECT i, person_id, prac, y, ystart, death_date, 'gp', NULL, n, 4
                FROM (SELECT *, unnest(range(n_gp)) AS n FROM sim_n)
              UNION ALL SELECT i, person_id, prac, y, ystart, death_date, 'outpatient', NULL, n, 5
                FROM (SELECT *, unnest(range(n_op)) AS n FROM sim_n)),
            dated AS (
              SELECT *, ystart + floor(u(i, y * 100000 + s * 1000 + n) * 365)::INT AS start_date,
                     floor(-ln(1 - u(i, y * 100000 + s * 1000 + n + 500)) * 4)::INT AS los,
                     u(i, y * 100000 + s * 1000 + n + 700) AS v
              FROM ev)
            SELECT 'e' || i || '-' || y || '-' || s || '-' || n, person_id, setting,
              CASE WHEN setting = 'gp' THEN 'C8' || lpad(prac::VARCHAR, 4, '0') ELSE 'RTG' END, NULL, start_date,
              CASE WHEN setting = 'admitted' THEN start_date + los ELSE start_date END, method,
              CASE WHEN setting <> 'gp' THEN NULL WHEN v < 0.6 THEN 'GP' WHEN v < 0.85 THEN 'NURSE'
                   WHEN v < 0.93 THEN 'PHARMACIST' ELSE 'HCA' END,
              CASE WHEN setting <> 'gp' THEN NULL WHEN u(i, y * 100000 + s * 1000 + n + 900) < 0.45 THEN 'same_day'
                   ELSE 'routine' END,
              CASE WHEN setting = 'admitted' THEN los END, 'sim', i, 1
            FROM dated
            WHERE start_date <= %1$s AND (death_date IS NULL OR start_date <= death_date)""".formatted(t);
    }

    private static List<String> organisations(int practices) {
        return List.of("""
            INSERT INTO org_practice SELECT 'C8' || lpad(k::VARCHAR, 4, '0'), 'Practice ' || k, NULL,
              'U' || lpad((k // 4)::VARCHAR, 4, '0'), 'D' || (k %% 3), NULL FROM range(%1$d) r(k)""".formatted(practices),
                "INSERT INTO org_pcn SELECT DISTINCT pcn_code, 'PCN ' || pcn_code FROM org_practice",
                """
            INSERT INTO geo_lsoa SELECT 'E0100' || lpad(k::VARCHAR, 4, '0'), 'LSOA ' || k, 'D' || (k % 3), NULL,
              2 * (k % 5) + 1, (k % 5) + 1, (k % 5) = 0, NULL FROM range(60) r(k)""",
                "INSERT INTO geo_district SELECT 'D' || k, 'District ' || k, 'PL' || (k % 2), 'ICP' FROM range(3) r(k)",
                "INSERT INTO geo_place VALUES ('PL0', 'Place 0'), ('PL1', 'Place 1')");
    }
}
