package org.derwent.risk.multimorbidity;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.derwent.risk.features.CompositeScores;
import org.derwent.risk.frailty.CodelistSource;
import org.derwent.risk.frailty.EfiBand;
import org.derwent.risk.frailty.EfiCalculator;
import org.derwent.risk.frailty.EfiDeficit;
import org.derwent.risk.frailty.EfiDefinition;
import org.derwent.risk.frailty.EfiValueRule;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * eFI and general-outcome CMS for every person in the store at an index date, computed in SQL from the same
 * definitions and codelists as {@link EfiCalculator} and {@link CmsCalculator} (tested for parity):
 * SNOMED codes in {@code condition}, {@code observation} and {@code procedure} dated on or before the index date
 * (cancer: within 5 years), ICD-10 falls diagnoses of admissions, the SNOMED eGFR &lt; 60 rule, and polypharmacy
 * (5+ distinct medicines issued in the 12 months to the index date). Deficits and conditions without a codelist
 * count 0. Fills {@code (person_id, efi, efi_category, cms)} for the risk run. DuckDB SQL.
 */
public final class StoreCompositeScores implements CompositeScores {
    private final EfiDefinition efi;
    private final CmsDefinition cms;
    private final CodelistSource codelists;

    public StoreCompositeScores(EfiDefinition efi, CmsDefinition cms, CodelistSource codelists) {
        this.efi = efi;
        this.cms = cms;
        this.codelists = codelists;
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
    public void materialise(Connection c, LocalDate indexDate, String table) throws SQLException {
        String codes = table + "_codes";
        String rules = table + "_rules";
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE " + codes
                    + " (system VARCHAR, code VARCHAR, kind VARCHAR, item VARCHAR, weight DECIMAL(8,2), after DATE)");
            st.execute("CREATE OR REPLACE TEMP TABLE " + rules
                    + " (code VARCHAR, item VARCHAR, op VARCHAR, threshold DOUBLE, upper DOUBLE)");
        }
        fillCodes(c, codes, indexDate);
        fillRules(c, rules);
        try (PreparedStatement ps = c.prepareStatement(sql(table, codes, rules))) {
            Date index = Date.valueOf(indexDate);
            Date medsFrom = Date.valueOf(indexDate.minusMonths(efi.polypharmacyMonths()));
            Object[] params = {index, index, index, medsFrom, index, index};
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE " + codes);
            st.execute("DROP TABLE " + rules);
        }
    }

    private void fillCodes(Connection c, String codes, LocalDate index) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (EfiDeficit d : efi.deficits()) {
            add(rows, d.codelists(), "efi", d.id(), null, null);
        }
        for (CmsCondition k : cms.conditions()) {
            LocalDate after = k.id().equals("cancer") ? index.minusYears(5) : null;
            add(rows, k.codelists(), "cms", k.id(), k.weight(CmsVariant.GENERAL), after);
        }
        insert(c, codes, rows);
    }

    private void add(List<Object[]> rows, List<String> lists, String kind, String item, BigDecimal weight,
            LocalDate after) {
        for (String list : lists) {
            String system = list.endsWith("-icd10.csv") ? "icd10" : "snomed";
            for (String code : codelists.codes(list)) {
                rows.add(new Object[] {system, code, kind, item, weight, after});
            }
        }
    }

    private void fillRules(Connection c, String rules) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (EfiValueRule r : efi.valueRules()) {
            if (r.codeSystems().startsWith("SNOMED") && r.sex().equals("any")) {
                for (String code : r.codes()) {
                    rows.add(new Object[] {code, r.deficit(), r.op().name(), r.threshold(), r.upper()});
                }
            }
        }
        insert(c, rules, rows);
    }

    /** Bulk-loads rows into a temp table through the DuckDB appender. */
    private static void insert(Connection c, String table, List<Object[]> rows) throws SQLException {
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", table)) {
            for (Object[] row : rows) {
                app.beginRow();
                for (Object v : row) {
                    if (v == null || v instanceof Double d && d.isNaN()) {
                        app.appendNull();
                    } else if (v instanceof String str) {
                        app.append(str);
                    } else if (v instanceof BigDecimal b) {
                        app.append(b.setScale(2)); // the column is DECIMAL(8,2); CMS weights have at most 2 decimals
                    } else if (v instanceof LocalDate d) {
                        app.append(d);
                    } else {
                        app.append((Double) v);
                    }
                }
                app.endRow();
            }
        }
    }

    /** Parameters, in order: index x3, polypharmacy window start, index x2. */
    private String sql(String table, String codes, String rules) {
        StringBuilder band = new StringBuilder("CASE");
        int low = 0;
        for (EfiBand b : EfiBand.values()) {
            int high = low;
            while (high < EfiCalculator.DEFICITS && EfiBand.ofCount(high + 1) == b) {
                high++;
            }
            band.append(" WHEN coalesce(e.n, 0) <= ").append(high).append(" THEN '")
                    .append(b.name().toLowerCase(Locale.ROOT)).append('\'');
            low = high + 1;
        }
        band.append(" END");
        return "CREATE OR REPLACE TEMP TABLE " + table + " AS WITH ev AS ("
                + " SELECT person_id, code, onset_date AS d FROM condition WHERE code_system = 'snomed'"
                + " UNION ALL SELECT person_id, code, obs_date FROM observation WHERE code_system = 'snomed'"
                + " UNION ALL SELECT person_id, code, proc_date FROM procedure WHERE code_system = 'snomed'),"
                + " hits AS MATERIALIZED ("
                + " SELECT DISTINCT ev.person_id, m.kind, m.item, m.weight FROM ev JOIN " + codes + " m"
                + "  ON m.system = 'snomed' AND m.code = ev.code"
                + "  WHERE ev.d <= ? AND (m.after IS NULL OR ev.d > m.after)"
                + " UNION SELECT DISTINCT dg.person_id, m.kind, m.item, m.weight FROM diagnosis dg"
                + "  JOIN encounter en ON en.record_id = dg.encounter_id"
                + "  JOIN " + codes + " m ON m.system = 'icd10' AND m.code = dg.code"
                + "  WHERE dg.code_system = 'icd10' AND en.setting = 'admitted' AND en.start_date <= ?"
                + " UNION SELECT DISTINCT o.person_id, 'efi', r.item, NULL FROM observation o JOIN " + rules + " r"
                + "  ON r.code = o.code WHERE o.code_system = 'snomed' AND o.obs_date <= ? AND o.value IS NOT NULL AND ("
                + "  (r.op = 'GT' AND o.value > r.threshold) OR (r.op = 'GE' AND o.value >= r.threshold)"
                + "  OR (r.op = 'LT' AND o.value < r.threshold) OR (r.op = 'LE' AND o.value <= r.threshold)"
                + "  OR (r.op = 'BETWEEN' AND o.value > r.threshold AND o.value < r.upper) OR r.op = 'ANY')"
                + " UNION SELECT person_id, 'efi', 'polypharmacy', NULL FROM medication"
                + "  WHERE issue_date > ? AND issue_date <= ? GROUP BY person_id"
                + "  HAVING count(DISTINCT code) >= " + efi.polypharmacyMedicines() + "),"
                + " e AS (SELECT person_id, count(DISTINCT item) AS n FROM hits WHERE kind = 'efi' GROUP BY person_id),"
                + " k AS (SELECT person_id, sum(weight) AS w FROM (SELECT DISTINCT person_id, item, weight FROM hits"
                + "  WHERE kind = 'cms') x GROUP BY person_id)"
                + " SELECT p.person_id, coalesce(e.n, 0) / " + EfiCalculator.DEFICITS + ".0 AS efi, " + band
                + " AS efi_category, CAST(coalesce(k.w, 0) AS DOUBLE) AS cms"
                + " FROM person p LEFT JOIN e ON e.person_id = p.person_id LEFT JOIN k ON k.person_id = p.person_id"
                + " WHERE p.registration_date IS NULL OR p.registration_date <= ?";
    }
}
