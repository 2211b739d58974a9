package org.derwent.risk.multimorbidity;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.derwent.risk.frailty.CodelistSource;
import org.derwent.risk.frailty.EfiDefinition;

/**
 * Prints how fast {@link StoreCompositeScores} scores a synthetic in-memory DuckDB population (1.1 million people by
 * default, about 6 condition/observation records and 8 medicine issues each, codes drawn from the eFI/CMS codelists).
 * Run from the Derwent home: {@code java -cp derwent-cli/target/derwent.jar
 * org.derwent.risk.multimorbidity.CompositeScoresBenchmark [people]}.
 */
public final class CompositeScoresBenchmark {
    private CompositeScoresBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_100_000;
        CodelistSource lists = CodelistSource.directory(Path.of("reference/codelists"));
        StringBuilder codes = new StringBuilder();
        EfiDefinition.bundled().deficits().forEach(d -> d.codelists().stream().filter(f -> !f.endsWith("-icd10.csv"))
                .forEach(f -> lists.codes(f).forEach(code -> codes.append(codes.length() == 0 ? "" : ",").append("('")
                        .append(code).append("')"))));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            long t0 = System.nanoTime();
            st.execute("CREATE TABLE pool AS SELECT row_number() OVER () - 1 AS i, code FROM (VALUES " + codes + ") t(code)");
            long pool = count(st, "SELECT count(*) FROM pool");
            st.execute("CREATE TABLE person AS SELECT 'p' || i AS person_id, NULL::DATE AS registration_date FROM range(" + n + ") t(i)");
            st.execute("CREATE TABLE condition AS SELECT 'p' || (i % " + n + ") AS person_id, 'snomed' AS code_system,"
                    + " (SELECT code FROM pool WHERE pool.i = (hash(i) % " + (pool * 4) + ")) AS code,"
                    + " DATE '2000-01-01' + CAST(hash(i + 1) % 9000 AS INTEGER) AS onset_date FROM range(" + (3L * n) + ") t(i)");
            st.execute("CREATE TABLE observation AS SELECT person_id, code_system, code, onset_date AS obs_date,"
                    + " 40 + (hash(person_id) % 60)::DOUBLE AS value FROM condition");
            st.execute("CREATE TABLE procedure (person_id VARCHAR, code_system VARCHAR, code VARCHAR, proc_date DATE)");
            st.execute("CREATE TABLE medication AS SELECT 'p' || (i % " + n + ") AS person_id, 'dmd' AS code_system,"
                    + " 'm' || (hash(i) % 40) AS code, DATE '2024-06-01' + CAST(hash(i + 7) % 300 AS INTEGER) AS issue_date"
                    + " FROM range(" + (8L * n) + ") t(i)");
            st.execute("CREATE TABLE encounter (record_id VARCHAR, person_id VARCHAR, setting VARCHAR, start_date DATE)");
            st.execute("CREATE TABLE diagnosis (person_id VARCHAR, code_system VARCHAR, code VARCHAR, encounter_id VARCHAR)");
            System.out.printf(Locale.ROOT, "built synthetic store: %,d people, %,d condition + %,d observation rows, "
                    + "%,d medicine issues in %.1f s%n", n, 3L * n, 3L * n, 8L * n, (System.nanoTime() - t0) / 1e9);

            StoreCompositeScores scores = new StoreCompositeScores(EfiDefinition.bundled(), CmsDefinition.bundled(), lists);
            t0 = System.nanoTime();
            scores.materialise(c, LocalDate.of(2025, 3, 31), "scores");
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "eFI + CMS for %,d people in %.2f s = %,.0f people/s%n", n, s, n / s);
            try (ResultSet rs = st.executeQuery("SELECT efi_category, count(*), avg(cms) FROM scores GROUP BY 1 ORDER BY 1")) {
                while (rs.next()) {
                    System.out.printf(Locale.ROOT, "  %-9s %,9d people, mean CMS %.2f%n", rs.getString(1), rs.getLong(2), rs.getDouble(3));
                }
            }
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
