package org.derwent.risk.multimorbidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derwent.risk.frailty.CodelistSource;
import org.derwent.risk.frailty.EfiCalculator;
import org.derwent.risk.frailty.EfiDefinition;
import org.derwent.risk.frailty.EfiResult;
import org.derwent.risk.testing.Duck;
import org.derwent.risk.testing.StoreTables;
import org.junit.jupiter.api.Test;

/** The store SQL gives the same eFI, band and CMS as the Java calculators on hand-made records. */
class StoreCompositeScoresTest {
    private static final LocalDate INDEX = LocalDate.of(2025, 3, 31);

    // SNOMED codes taken from the reference codelists named in the definitions.
    private static final String HYPERTENSION = "38341003"; // HYP_COD
    private static final String AF = "120041000119109"; // AFIB_COD
    private static final String EGFR = "1011481000000105"; // local eGFR list (value rule)

    private static void exec(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private Map<String, Object[]> run(Connection c) throws SQLException {
        new StoreCompositeScores(EfiDefinition.bundled(), CmsDefinition.bundled(),
                CodelistSource.directory(Path.of("../reference/codelists"))).materialise(c, INDEX, "scores");
        Map<String, Object[]> out = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT person_id, efi, efi_category, cms FROM scores")) {
            while (rs.next()) {
                out.put(rs.getString(1), new Object[] {rs.getDouble(2), rs.getString(3), rs.getDouble(4)});
            }
        }
        return out;
    }

    @Test
    void sql_scores_equal_the_java_calculators() throws SQLException {
        try (Connection c = Duck.memory()) {
            StoreTables.create(c);
            exec(c, "CREATE TABLE diagnosis (record_id VARCHAR, person_id VARCHAR, code_system VARCHAR, code VARCHAR,"
                    + " encounter_id VARCHAR, position INTEGER)",
                    "CREATE TABLE procedure (record_id VARCHAR, person_id VARCHAR, code_system VARCHAR, code VARCHAR,"
                    + " encounter_id VARCHAR, proc_date DATE)",
                    "INSERT INTO person (person_id, sex, birth_year) VALUES ('a', 'F', 1940), ('b', 'M', 1950), ('c', 'F', 1960)",
                    // a: hypertension + AF + eGFR 45 (CKD deficit) + admitted fall + 5 medicines; a future AF code is ignored
                    "INSERT INTO condition (person_id, code_system, code, onset_date) VALUES"
                    + " ('a', 'snomed', '" + HYPERTENSION + "', DATE '2010-01-01'), ('a', 'snomed', '" + AF + "', DATE '2020-06-01'),"
                    + " ('b', 'snomed', '" + AF + "', DATE '2026-01-01')",
                    "INSERT INTO observation (person_id, code_system, code, obs_date, value) VALUES"
                    + " ('a', 'snomed', '" + EGFR + "', DATE '2024-05-01', 45), ('b', 'snomed', '" + EGFR + "', DATE '2024-05-01', 75)",
                    "INSERT INTO encounter (record_id, person_id, setting, start_date) VALUES ('e1', 'a', 'admitted', DATE '2023-02-02')",
                    "INSERT INTO diagnosis (record_id, person_id, code_system, code, encounter_id, position) VALUES"
                    + " ('d1', 'a', 'icd10', 'W19', 'e1', 2)",
                    "INSERT INTO medication (person_id, code_system, code, issue_date) SELECT 'a', 'dmd', 'm' || i,"
                    + " DATE '2025-01-10' FROM range(5) t(i)",
                    "INSERT INTO medication (person_id, code_system, code, issue_date) SELECT 'b', 'dmd', 'm' || i,"
                    + " DATE '2024-01-10' FROM range(6) t(i)");

            Map<String, Object[]> got = run(c);

            EfiResult a = EfiCalculator.standard().score(List.of("hypertension", "atrial_fibrillation",
                    "chronic_kidney_disease", "falls", "polypharmacy"));
            assertThat((double) got.get("a")[0]).isEqualTo(a.score());
            assertThat(got.get("a")[1]).isEqualTo("mild");
            assertThat((double) got.get("a")[2]).isCloseTo(CmsCalculator.standard()
                    .score(List.of("hypertension", "atrial_fibrillation")).score().doubleValue(), within(1e-12));
            assertThat(got.get("b")).containsExactly(0.0, "fit", 0.0);
            assertThat(got.get("c")).containsExactly(0.0, "fit", 0.0);
        }
    }
}
