package org.derwent.ingest.quality;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.derwent.ingest.stage.Merger;
import org.derwent.store.schema.ColumnType;
import org.derwent.store.schema.Store;

/** Measures the quality of a store (see {@link QualityReport}); read-only apart from one temporary table. */
public final class QualityChecker {
    /** Clinical tables with their event-date column (timeliness, consistency) and duplicate-row key. */
    private static final Map<String, String[]> EVENTS = new LinkedHashMap<>();

    static {
        EVENTS.put("condition", new String[] {"onset_date", "person_id, code_system, code, onset_date"});
        EVENTS.put("observation", new String[] {"obs_date", "person_id, code_system, code, obs_date, value"});
        EVENTS.put("medication", new String[] {"issue_date", "person_id, code_system, code, issue_date"});
        EVENTS.put("encounter", new String[] {"start_date", "person_id, setting, provider_code, start_date, end_date"});
        EVENTS.put("procedure", new String[] {"proc_date", "person_id, code_system, code, proc_date"});
        EVENTS.put("referral", new String[] {"ref_date", "person_id, code_system, code, ref_date"});
    }

    private static final List<String> CODED = List.of("condition", "observation", "medication", "diagnosis", "procedure",
            "referral");

    private final Store store;
    private final Path codelists;

    /** @param codelists the reference codelist directory used for plausible-value checks */
    public QualityChecker(Store store, Path codelists) {
        this.store = store;
        this.codelists = codelists;
    }

    public QualityReport check() {
        try (Connection c = store.connection()) {
            List<Map<String, Object>> history = Sql.rows(c, "SELECT max(extract_date) AS d FROM load_history");
            Object d = history.get(0).get("d");
            LocalDate extract = d == null ? LocalDate.now() : LocalDate.parse(d.toString());
            Map<String, List<Map<String, Object>>> validity = new LinkedHashMap<>();
            validity.put("codes", codes(c));
            validity.put("values", values(c));
            Map<String, List<Map<String, Object>>> consistency = new LinkedHashMap<>();
            consistency.put("events_outside_life", outsideLife(c));
            consistency.put("sex_specific_codes", sexSpecific(c));
            Map<String, List<Map<String, Object>>> uniqueness = new LinkedHashMap<>();
            uniqueness.put("repeated_ids_quarantined", Sql.rows(c, "SELECT load_id, count(*) AS records FROM quarantine "
                    + "WHERE reason = ? GROUP BY load_id ORDER BY load_id", Merger.DUPLICATE_ID));
            uniqueness.put("duplicate_rows", duplicates(c));
            return new QualityReport(store.url(), Instant.now().toString(), extract.toString(), loads(c), completeness(c),
                    validity, consistency, uniqueness, timeliness(c, extract));
        } catch (SQLException e) {
            throw new IllegalStateException("quality check of " + store.url() + " failed: " + e.getMessage(), e);
        }
    }

    private static List<Map<String, Object>> loads(Connection c) throws SQLException {
        List<Map<String, Object>> loads = Sql.rows(c, "SELECT load_id, extract_date, records_read, records_loaded, "
                + "records_quarantined, records_skipped_by_type, sources FROM load_history ORDER BY load_id");
        for (Map<String, Object> l : loads) {
            Map<String, Long> reasons = new TreeMap<>();
            for (Map<String, Object> r : Sql.rows(c, "SELECT reason, count(*) AS n FROM quarantine WHERE load_id = ? "
                    + "GROUP BY reason", l.get("load_id"))) {
                reasons.put((String) r.get("reason"), ((Number) r.get("n")).longValue());
            }
            l.put("quarantine_reasons", reasons);
        }
        return loads;
    }

    private static List<Map<String, Object>> completeness(Connection c) throws SQLException {
        String measures = "count(*) AS persons, "
                + "count(*) FILTER (WHERE ethnic_category IS NULL OR ethnic_category = 'Z') AS missing_ethnicity, "
                + "count(*) FILTER (WHERE lsoa_code = 'UNKNOWN') AS missing_lsoa, "
                + "count(*) FILTER (WHERE practice_code = 'UNKNOWN') AS missing_practice, "
                + "count(*) FILTER (WHERE i.nhs_number IS NULL) AS no_nhs_number "
                + "FROM person p LEFT JOIN identity i ON i.person_id = p.person_id";
        List<Map<String, Object>> out = new ArrayList<>(Sql.rows(c, "SELECT '(all)' AS practice_code, " + measures));
        out.addAll(Sql.rows(c, "SELECT p.practice_code, " + measures + " GROUP BY p.practice_code ORDER BY p.practice_code"));
        return out;
    }

    private static List<Map<String, Object>> codes(Connection c) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String t : CODED) {
            Map<String, Map<String, Object>> groups = new TreeMap<>();
            for (Map<String, Object> r : Sql.rows(c, "SELECT code_system, code, COALESCE(source_org, '(none)') AS org, "
                    + "count(*) AS n FROM " + t + " GROUP BY code_system, code, COALESCE(source_org, '(none)')")) {
                String system = (String) r.get("code_system");
                String key = system + "|" + r.get("org");
                Map<String, Object> g = groups.computeIfAbsent(key, k -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("table", t);
                    m.put("code_system", system);
                    m.put("source_org", r.get("org"));
                    m.put("rows", 0L);
                    m.put("malformed_codes", 0L);
                    m.put("examples", new ArrayList<String>());
                    return m;
                });
                long n = ((Number) r.get("n")).longValue();
                g.put("rows", (Long) g.get("rows") + n);
                if (!CodeFormat.valid(system, (String) r.get("code"))) {
                    g.put("malformed_codes", (Long) g.get("malformed_codes") + n);
                    @SuppressWarnings("unchecked")
                    List<String> ex = (List<String>) g.get("examples");
                    if (ex.size() < 3) {
                        ex.add((String) r.get("code"));
                    }
                }
            }
            out.addAll(groups.values());
        }
        return out;
    }

    private List<Map<String, Object>> values(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS qc_range");
            s.execute("CREATE TEMPORARY TABLE qc_range (measure " + store.dialect().typeName(ColumnType.TEXT) + ", code "
                    + store.dialect().typeName(ColumnType.TEXT) + ", low " + store.dialect().typeName(ColumnType.DOUBLE)
                    + ", high " + store.dialect().typeName(ColumnType.DOUBLE) + ")");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO qc_range VALUES (?, ?, ?, ?)")) {
            for (Plausibility p : Plausibility.RANGES) {
                for (String code : p.codes(codelists)) {
                    ps.setString(1, p.measure() + " (" + p.low() + "-" + p.high() + " " + p.unit() + ")");
                    ps.setString(2, code);
                    ps.setDouble(3, p.low());
                    ps.setDouble(4, p.high());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        return Sql.rows(c, "SELECT r.measure, COALESCE(o.source_org, '(none)') AS source_org, count(*) AS rows, "
                + "count(*) FILTER (WHERE o.value < r.low OR o.value > r.high) AS implausible, "
                + "count(*) FILTER (WHERE o.value IS NULL) AS no_value FROM observation o JOIN qc_range r "
                + "ON r.code = o.code WHERE o.code_system = 'snomed' GROUP BY r.measure, COALESCE(o.source_org, '(none)') "
                + "ORDER BY 1, 2");
    }

    private static List<Map<String, Object>> outsideLife(Connection c) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : EVENTS.entrySet()) {
            String d = e.getValue()[0];
            out.addAll(Sql.rows(c, "SELECT '" + e.getKey() + "' AS tbl, COALESCE(t.source_org, '(none)') AS source_org, "
                    + "count(*) FILTER (WHERE t." + d + " < i.birth_date) AS before_birth, count(*) FILTER (WHERE t." + d
                    + " > p.death_date) AS after_death FROM " + e.getKey() + " t JOIN person p ON p.person_id = t.person_id "
                    + "LEFT JOIN identity i ON i.person_id = t.person_id GROUP BY COALESCE(t.source_org, '(none)') "
                    + "HAVING count(*) FILTER (WHERE t." + d + " < i.birth_date OR t." + d + " > p.death_date) > 0"));
        }
        out.addAll(Sql.rows(c, "SELECT 'quarantined at load' AS tbl, reason AS source_org, count(*) AS records "
                + "FROM quarantine WHERE reason IN (?, ?) GROUP BY reason", Merger.BEFORE_BIRTH, Merger.AFTER_DEATH));
        return out;
    }

    private static List<Map<String, Object>> sexSpecific(Connection c) throws SQLException {
        String coded = String.join(" UNION ALL ", CODED.stream()
                .map(t -> "SELECT person_id, code_system, code FROM " + t).toList());
        List<Map<String, Object>> out = new ArrayList<>();
        for (SexRule rule : SexRule.RULES) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule", rule.description());
            row.put("rows", Sql.count(c, "SELECT count(*) FROM (" + coded + ") x JOIN person p ON p.person_id = x.person_id "
                    + "WHERE p.sex = ? AND x.code_system = ? AND x." + rule.matchSql(), rule.impossibleForSex(),
                    rule.codeSystem(), rule.pattern()));
            out.add(row);
        }
        return out;
    }

    private static List<Map<String, Object>> duplicates(Connection c) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : EVENTS.entrySet()) {
            out.addAll(Sql.rows(c, "SELECT '" + e.getKey() + "' AS tbl, count(*) AS duplicate_groups, "
                    + "COALESCE(sum(n), 0) AS rows_in_groups FROM (SELECT count(*) AS n FROM " + e.getKey()
                    + " GROUP BY " + e.getValue()[1] + " HAVING count(*) > 1) g"));
        }
        return out;
    }

    private static List<Map<String, Object>> timeliness(Connection c, LocalDate extract) throws SQLException {
        String union = String.join(" UNION ALL ", EVENTS.entrySet().stream()
                .map(e -> "SELECT source_org, " + e.getValue()[0] + " AS d FROM " + e.getKey()).toList());
        List<Map<String, Object>> rows = Sql.rows(c, "SELECT COALESCE(source_org, '(none)') AS source_org, max(d) AS "
                + "latest_event, count(*) AS rows FROM (" + union + ") x GROUP BY COALESCE(source_org, '(none)') ORDER BY 1");
        for (Map<String, Object> r : rows) {
            Object latest = r.get("latest_event");
            r.put("extract_date", extract.toString());
            r.put("lag_days", latest == null ? null : ChronoUnit.DAYS.between(LocalDate.parse(latest.toString()), extract));
        }
        return rows;
    }
}
