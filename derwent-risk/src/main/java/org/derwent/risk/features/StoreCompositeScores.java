package org.derwent.risk.features;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.derwent.risk.frailty.CodelistSource;
import org.derwent.risk.frailty.EfiCalculator;
import org.derwent.risk.frailty.EfiDeficit;
import org.derwent.risk.frailty.EfiDefinition;
import org.derwent.risk.frailty.EfiResult;
import org.derwent.risk.multimorbidity.CmsCalculator;
import org.derwent.risk.multimorbidity.CmsCondition;
import org.derwent.risk.multimorbidity.CmsDefinition;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * eFI and the general Cambridge Multimorbidity Score from the store, using the frailty and multimorbidity
 * packages' definitions and calculators. In SQL: every code recorded up to the index date (condition onset,
 * observation, hospital diagnosis by admission date) is matched to the deficits and conditions whose codelists
 * hold it, and eFI polypharmacy is added when the person had at least the definition's number of distinct
 * medicines in its window. Each distinct set of ids is then scored once by {@link EfiCalculator} and
 * {@link CmsCalculator}. Deficits and conditions without a codelist here are never found (see
 * docs/frailty-multimorbidity.md), so both scores undercount; the eFI value rules are not applied.
 */
public final class StoreCompositeScores implements CompositeScores {
    private final EfiDefinition efi = EfiDefinition.bundled();
    private final CmsDefinition cms = CmsDefinition.bundled();
    private final CodelistSource codelists;

    public StoreCompositeScores(Path codelistDir) {
        this.codelists = CodelistSource.directory(codelistDir);
    }

    @Override
    public boolean hasEfi() {
        return true;
    }

    @Override
    public boolean hasCms() {
        return true;
    }

    @Override
    public void materialise(Connection c, LocalDate index, String table) throws SQLException {
        loadCodes(c);
        String d = SqlDate.of(index);
        try (Statement st = c.createStatement()) {
            st.execute("""
                CREATE OR REPLACE TEMP TABLE risk_cs_ids AS
                WITH codes AS (
                  SELECT person_id, code FROM condition WHERE onset_date <= %1$s
                    AND (resolved_date IS NULL OR resolved_date > %1$s)
                  UNION SELECT person_id, code FROM observation WHERE obs_date <= %1$s
                  UNION SELECT g.person_id, g.code FROM diagnosis g JOIN encounter e ON e.record_id = g.encounter_id
                    WHERE e.start_date <= %1$s),
                ids AS (
                  SELECT DISTINCT codes.person_id, m.id FROM codes JOIN risk_cs_code m ON m.code = codes.code
                  UNION
                  SELECT person_id, 'efi:polypharmacy' FROM medication
                  WHERE issue_date > %1$s - INTERVAL %2$d MONTH AND issue_date <= %1$s
                  GROUP BY person_id HAVING count(DISTINCT code) >= %3$d)
                SELECT person_id, string_agg(id, '|' ORDER BY id) AS ids FROM ids GROUP BY person_id
                """.formatted(d, efi.polypharmacyMonths(), efi.polypharmacyMedicines()));
            st.execute("CREATE OR REPLACE TEMP TABLE risk_cs_score (ids VARCHAR, efi DOUBLE, efi_category VARCHAR,"
                    + " cms DOUBLE)");
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT ids FROM risk_cs_ids")) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            EfiCalculator efiCalc = new EfiCalculator(efi);
            CmsCalculator cmsCalc = new CmsCalculator(cms);
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "risk_cs_score")) {
                for (String key : keys) {
                    Set<String> efiIds = new LinkedHashSet<>();
                    Set<String> cmsIds = new LinkedHashSet<>();
                    for (String id : key.split("\\|")) {
                        (id.startsWith("efi:") ? efiIds : cmsIds).add(id.substring(4));
                    }
                    EfiResult e = efiCalc.score(efiIds);
                    a.beginRow().append(key).append(e.score()).append(e.band().name().toLowerCase(Locale.ROOT))
                            .append(cmsCalc.score(cmsIds).score().doubleValue()).endRow();
                }
            }
            st.execute("CREATE OR REPLACE TEMP TABLE " + table + " AS SELECT i.person_id, s.efi, s.efi_category, s.cms"
                    + " FROM risk_cs_ids i JOIN risk_cs_score s ON s.ids = i.ids");
            st.execute("DROP TABLE risk_cs_ids");
            st.execute("DROP TABLE risk_cs_score");
        }
    }

    private void loadCodes(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE risk_cs_code (id VARCHAR, code VARCHAR)");
        }
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "risk_cs_code")) {
            for (EfiDeficit deficit : efi.deficits()) {
                for (String list : deficit.codelists()) {
                    for (String code : codelists.codes(list)) {
                        a.beginRow().append("efi:" + deficit.id()).append(code).endRow();
                    }
                }
            }
            for (CmsCondition condition : cms.conditions()) {
                for (String list : condition.codelists()) {
                    for (String code : codelists.codes(list)) {
                        a.beginRow().append("cms:" + condition.id()).append(code).endRow();
                    }
                }
            }
        }
    }

    /** The deficit and condition ids this source can find (for model cards). */
    public List<String> coveredIds() {
        List<String> out = new ArrayList<>();
        efi.deficits().stream().filter(x -> !x.codelists().isEmpty()).forEach(x -> out.add("efi:" + x.id()));
        out.add("efi:polypharmacy");
        cms.conditions().stream().filter(x -> !x.codelists().isEmpty()).forEach(x -> out.add("cms:" + x.id()));
        return List.copyOf(out);
    }
}
