package org.derwent.ingest.stage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.derwent.ingest.check.DistinctHashes;
import org.derwent.store.schema.Dialect;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;

/**
 * Moves staged rows into the store within the caller's transaction: people first (one row per person_id, the
 * last staged wins; identity and source links beside), then registrations and clinical rows linked to a person
 * by NHS-number pseudonym or source key. A row whose subject is unknown, whose record_id repeats within the
 * load, or whose date is before the person's birth or after death goes to {@code quarantine}.
 * The load id is always a bind parameter; table and column names come from {@link StoreSchema}.
 */
public final class Merger {
    /** The date column each clinical table is checked on (diagnosis has none of its own). */
    private static final Map<String, String> EVENT_DATE = Map.of("condition", "onset_date", "observation", "obs_date",
            "medication", "issue_date", "encounter", "start_date", "procedure", "proc_date", "referral", "ref_date");

    /** Reasons the merge itself quarantines for (read-time reasons come from the readers). */
    public static final String UNKNOWN_SUBJECT = "unknown subject: no patient with this reference or NHS number";
    public static final String DUPLICATE_ID = "duplicate record_id in this load (the last occurrence was kept)";
    public static final String BEFORE_BIRTH = "date before the patient's birth";
    public static final String AFTER_DEATH = "date after the patient's death";

    private final Connection c;
    private final Dialect dialect;
    private final long loadId;
    private final Consumer<String> phase;

    public Merger(Connection c, Dialect dialect, long loadId, Consumer<String> phase) {
        this.c = c;
        this.dialect = dialect;
        this.loadId = loadId;
        this.phase = phase;
    }

    /** Runs the merge; returns the number of staged person rows folded into an existing person of this load. */
    public long mergePeople() throws SQLException {
        phase.accept("merging people");
        String personCols = cols(StoreSchema.PERSON, "load_id");
        long merged = scalar("SELECT count(*) - count(DISTINCT person_id) FROM stg_person");
        String latest = merged == 0 ? "SELECT * FROM stg_person" : "SELECT * FROM (SELECT *, row_number() OVER "
                + "(PARTITION BY person_id ORDER BY source_file DESC, source_line DESC) AS rn FROM stg_person) WHERE rn = 1";
        upsert(StoreSchema.PERSON, "SELECT " + personCols + " FROM (" + latest + ") x");
        upsert(StoreSchema.IDENTITY, "SELECT person_id, nhs_number, given_name, family_name, birth_date, "
                + "postcode FROM (" + latest + ") x");
        boolean keyRepeats = merged > 0 || distinctRepeats("(SELECT source_key FROM stg_person)", "source_key");
        upsert(StoreSchema.PERSON_SOURCE, "SELECT source_key, person_id, ? AS load_id FROM " + (keyRepeats ? "(SELECT *, "
                + "row_number() OVER (PARTITION BY source_key ORDER BY source_file DESC, source_line DESC) AS rn FROM "
                + "stg_person) x WHERE rn = 1" : "stg_person"));
        return merged;
    }

    /**
     * Builds the link table once the people are merged: key (a source key or a person id; UNION drops the repeat when
     * a person without NHS number is keyed by its source key) to person, birth and death. One hash join links every row.
     */
    public void prepareLinks() throws SQLException {
        phase.accept("linking");
        exec("DROP TABLE IF EXISTS link");
        exec("CREATE TEMPORARY TABLE link AS SELECT ps.source_key AS k, p.person_id AS pid, i.birth_date AS birth, "
                + "p.death_date AS death FROM person_source ps JOIN person p ON p.person_id = ps.person_id "
                + "LEFT JOIN identity i ON i.person_id = p.person_id UNION SELECT p.person_id, p.person_id, "
                + "i.birth_date, p.death_date FROM person p LEFT JOIN identity i ON i.person_id = p.person_id");
    }

    /** Links, checks and upserts registrations; returns quarantined counted rows. */
    public long mergeRegistrations() throws SQLException {
        phase.accept("merging registration");
        // a registration derived from a person staged in this load names that person, who is now in the store
        exec("CREATE OR REPLACE TEMPORARY TABLE reg_linked AS SELECT s.*, s.person_id AS pid FROM stg_registration s "
                + "WHERE s.derived AND s.person_id IS NOT NULL UNION ALL SELECT s.*, l.pid FROM stg_registration s "
                + "LEFT JOIN link l ON l.k = COALESCE(s.person_id, s.source_key) WHERE NOT (s.derived AND s.person_id "
                + "IS NOT NULL)");
        long q = update("INSERT INTO quarantine (load_id, file, line, field, value, reason, resource_type) "
                + "SELECT ?, source_file, source_line, 'patient_id', '', " + literal(UNKNOWN_SUBJECT) + ", resource_type "
                + "FROM reg_linked WHERE pid IS NULL AND NOT derived");
        // a registration repeats when person, practice and start date do: hashed first, as distinctRepeats does
        String linked = "FROM reg_linked WHERE pid IS NOT NULL";
        boolean repeats = scalar("SELECT count(*) - count(DISTINCT hash(pid, practice_code, start_date)) " + linked) > 0
                && scalar("SELECT (SELECT count(*) " + linked + ") - count(*) FROM (SELECT DISTINCT pid, practice_code, "
                + "start_date " + linked + ") d") > 0;
        String r = repeats ? "(SELECT *, row_number() OVER (PARTITION BY pid, practice_code, start_date ORDER BY "
                + "source_file DESC, source_line DESC) AS rn FROM reg_linked)" : "(SELECT *, 1 AS rn FROM reg_linked)";
        upsert(StoreSchema.REGISTRATION, "SELECT pid AS person_id, practice_code, start_date, end_date, "
                + "source_file, source_line, ? AS load_id FROM " + r + " x WHERE pid IS NOT NULL AND rn = 1");
        exec("DROP TABLE reg_linked");
        return q;
    }

    /**
     * Links, checks and upserts one clinical table; returns the rows quarantined. The window that finds repeated
     * record ids runs only when the load has any (a distinct count first, unless the ids are proven different).
     *
     * <p>When {@code directType} is not null, the table was empty when the load began and this load has already
     * written rows straight into it (from CSV files of that resource type, see {@code PlainCsvReader.insert}). The
     * record-id rule then runs over those rows and the staged ones together, as if all had been staged: of rows
     * sharing a record id the last (by file, then line) is kept and the rest are quarantined, including rows already
     * in the table, which are deleted. The staged rows are then appended. {@code directIdsDistinct} says the ids of
     * the rows written straight in are proven all different (by their file's first fields, {@code FileHash.Scan}),
     * so when nothing is staged there is nothing to check.
     *
     * <p>{@code stagedIds} (or null) holds the hashes of the record ids staged through the appenders. When no row was
     * written straight in, and those hashes are as many as the staged rows (none was staged by SQL) and all
     * different, the ids are proven all different and the store's repeat check is not run.
     */
    public long mergeClinical(Table target, String directType, boolean directIdsDistinct, DistinctHashes stagedIds)
            throws SQLException {
        phase.accept("merging " + target.name());
        String stg = "stg_" + target.name();
        if (target == StoreSchema.DIAGNOSIS) {
            exec("UPDATE stg_diagnosis SET position = r.rank, encounter_id = COALESCE(stg_diagnosis.encounter_id, "
                    + "r.encounter_id) FROM stg_diag_rank r WHERE stg_diagnosis.record_id = r.condition_id "
                    + "AND stg_diagnosis.position IS NULL");
        }
        boolean staged = scalar("SELECT count(*) FROM (SELECT 1 FROM " + stg + " LIMIT 1) x") > 0;
        if (!staged && (directType == null || directIdsDistinct)) {
            return 0;
        }
        String ids = directType == null ? "(SELECT record_id FROM " + stg + ")"
                : "(SELECT record_id FROM " + target.name() + " UNION ALL SELECT record_id FROM " + stg + ")";
        boolean proven = directType == null && stagedIds != null
                && stagedIds.count() == scalar("SELECT count(*) FROM " + stg) && stagedIds.distinct();
        boolean repeats = !proven && distinctRepeats(ids, "record_id");
        long q = 0;
        String numbered;
        if (!repeats) {
            numbered = "(SELECT *, 1 AS rn FROM " + stg + ")";
        } else if (directType == null) {
            numbered = "(SELECT *, row_number() OVER (PARTITION BY record_id ORDER BY source_file DESC, "
                    + "source_line DESC) AS rn FROM " + stg + ")";
        } else {
            q += rankDirectRepeats(target, stg, ids, directType);
            numbered = "(SELECT s.*, COALESCE(d.rn, 1) AS rn FROM " + stg + " s LEFT JOIN dup_rank d ON NOT d.direct "
                    + "AND d.record_id = s.record_id AND d.source_file = s.source_file AND d.source_line = s.source_line)";
        }
        if (!staged) {
            return q;
        }
        String r = "(SELECT s.*, l.pid, l.birth, l.death FROM " + numbered + " s LEFT JOIN link l "
                + "ON l.k = COALESCE(s.person_id, s.source_key))";
        String d = EVENT_DATE.get(target.name());
        String before = d == null ? "FALSE" : "(" + d + " < birth)";
        String after = d == null ? "FALSE" : "(" + d + " > death)";
        q += update("INSERT INTO quarantine (load_id, file, line, field, value, reason, resource_type) "
                + "SELECT ?, source_file, source_line, "
                + "CASE WHEN pid IS NULL THEN 'subject' WHEN rn > 1 THEN 'id' ELSE '" + (d == null ? "" : d) + "' END, "
                + "CASE WHEN pid IS NULL THEN '' WHEN rn > 1 THEN record_id ELSE " + (d == null ? "''" : "CAST(" + d
                + " AS VARCHAR)") + " END, "
                + "CASE WHEN pid IS NULL THEN " + literal(UNKNOWN_SUBJECT) + " WHEN rn > 1 THEN " + literal(DUPLICATE_ID)
                + " WHEN " + before + " THEN " + literal(BEFORE_BIRTH) + " ELSE " + literal(AFTER_DEATH)
                + " END, resource_type FROM " + r + " x"
                + " WHERE pid IS NULL OR rn > 1 OR " + before + " IS TRUE OR " + after + " IS TRUE");
        List<String> select = target.columnNames().stream()
                .map(col -> col.equals("person_id") ? "pid AS person_id" : col.equals("load_id") ? "? AS load_id" : col).toList();
        String rows = "SELECT " + String.join(", ", select) + " FROM " + r
                + " x WHERE pid IS NOT NULL AND rn = 1 AND " + before + " IS NOT TRUE AND " + after + " IS NOT TRUE";
        if (directType == null) {
            upsert(target, rows);
        } else {
            update(dialect.insert(target, rows));
        }
        return q;
    }

    /**
     * Numbers every row of a repeated record id across the rows written straight into {@code target} and the staged
     * ones (temporary table {@code dup_rank}), quarantines the written rows that are not the last of their id and
     * deletes them from the table; returns how many.
     */
    private long rankDirectRepeats(Table target, String stg, String ids, String directType) throws SQLException {
        exec("CREATE OR REPLACE TEMPORARY TABLE dup_rank AS SELECT record_id, source_file, source_line, direct, "
                + "row_number() OVER (PARTITION BY record_id ORDER BY source_file DESC, source_line DESC) AS rn FROM "
                + "(SELECT record_id, source_file, source_line, TRUE AS direct FROM " + target.name() + " UNION ALL "
                + "SELECT record_id, source_file, source_line, FALSE FROM " + stg + ") u WHERE record_id IN "
                + "(SELECT record_id FROM " + ids + " i GROUP BY record_id HAVING count(*) > 1)");
        long q = update("INSERT INTO quarantine (load_id, file, line, field, value, reason, resource_type) "
                + "SELECT ?, source_file, source_line, 'id', record_id, " + literal(DUPLICATE_ID) + ", "
                + literal(directType) + " FROM dup_rank WHERE direct AND rn > 1");
        exec("DELETE FROM " + target.name() + " USING dup_rank d WHERE d.direct AND d.rn > 1 AND "
                + target.name() + ".record_id = d.record_id AND " + target.name() + ".source_file = d.source_file AND "
                + target.name() + ".source_line = d.source_line");
        return q;
    }

    /**
     * Whether {@code column} repeats a value within {@code relation} (a parenthesised query). The distinct count runs first on a 64-bit hash of
     * the value, which is several times cheaper than on the text: equal values have equal hashes, so as many distinct
     * hashes as rows proves there is no repeat; otherwise (a repeat, or rarely a hash collision) the text decides.
     */
    private boolean distinctRepeats(String relation, String column) throws SQLException {
        String from = relation + " i";
        if (scalar("SELECT count(" + column + ") - count(DISTINCT hash(" + column + ")) FROM " + from) == 0) {
            return false;
        }
        return scalar("SELECT count(" + column + ") - count(DISTINCT " + column + ") FROM " + from) > 0;
    }

    /** The column each clinical table's event date is checked on (null for diagnosis, which has none). */
    public static String eventDate(Table target) {
        return EVENT_DATE.get(target.name());
    }

    /** Copies the quarantine rows written while reading. */
    public long mergeReadQuarantine() throws SQLException {
        return update("INSERT INTO quarantine (load_id, file, line, field, value, reason, resource_type) "
                + "SELECT ?, file, line, field, value, reason, resource_type FROM stg_quarantine");
    }

    /** Quarantined rows of this load per file (read-time and merge-time together). */
    public Map<String, Long> quarantinedByFile() throws SQLException {
        return grouped("SELECT file, count(*) FROM quarantine WHERE load_id = ? GROUP BY file");
    }

    /** Quarantined rows of this load per reason. */
    public Map<String, Long> quarantinedByReason() throws SQLException {
        return grouped("SELECT reason, count(*) FROM quarantine WHERE load_id = ? GROUP BY reason ORDER BY 2 DESC");
    }

    private Map<String, Long> grouped(String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, loadId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** A SQL string literal of one of this class's constant reasons. */
    private static String literal(String constant) {
        return "'" + constant.replace("'", "''") + "'";
    }

    private String cols(Table t, String bindColumn) {
        return t.columnNames().stream().map(col -> col.equals(bindColumn) ? "? AS " + col : col).collect(Collectors.joining(", "));
    }

    /**
     * Upserts the rows of {@code select} into {@code target}; into a table that is still empty (a first load) a
     * plain insert, as there is nothing to replace and the delete of a delete-then-insert upsert would cost a
     * second evaluation of the select.
     */
    private void upsert(Table target, String select) throws SQLException {
        if (scalar("SELECT count(*) FROM (SELECT 1 FROM " + target.name() + " LIMIT 1) t") == 0) {
            update(dialect.insert(target, select));
            return;
        }
        for (String sql : dialect.upsert(target, select)) {
            update(sql);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            Trace.timed(sql, () -> s.execute(sql));
        }
    }

    private long update(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = ps.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= n; i++) {
                ps.setLong(i, loadId);
            }
            return Trace.timed(sql, () -> (long) ps.executeUpdate());
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = Trace.timed(sql, () -> s.executeQuery(sql))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
