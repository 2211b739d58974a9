package org.derwent.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.parallel.Pipeline;
import org.derwent.ingest.lines.LineTable;
import org.derwent.ingest.lines.PatientKeys;
import org.derwent.ingest.lines.Sql;
import org.derwent.ingest.lines.StoreRows;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.source.Utf8;
import org.derwent.ingest.stage.Trace;
import org.derwent.model.extract.ExtractTable;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;
import org.duckdb.DuckDBConnection;

/**
 * Reads a plain clinical CSV table (see {@code FileHash.Scan}: one record per line, no quotes) inside DuckDB.
 * {@code read_csv} scans the file once, in parallel, as whole lines into a temporary table that keeps the file's
 * order ({@link FileLines}); the lines are split on commas, and rows that pass {@link LineSql#valid()} are inserted by
 * SQL, either into the staging table ({@link #stage}) or, for a store table that was empty when the load began,
 * straight into the store table ({@link #insert}). Every other row is handed to the Java mapper
 * ({@link CsvExtractReader#submit}) through the pipeline, which loads or quarantines it exactly as the Java reader
 * would. Source patient ids are pseudonymised in Java (one HMAC per distinct id, kept in the session's temporary
 * table {@code src_key}) and never reach the store.
 */
public final class PlainCsvReader {
    private static final int BATCH = 2_000;
    private int bufferSize;
    /** Files read as lines so far; each gets its own temporary table, and stages with its own {@code sql_read}. */
    private int reads;
    private final DuckDBConnection c;
    private final PatientKeys keys;
    private final LocalDate extractDate;

    public PlainCsvReader(DuckDBConnection c, PatientKeys keys, LocalDate extractDate) {
        this.c = c;
        this.keys = keys;
        this.extractDate = extractDate;
    }

    /**
     * Sets DuckDB's CSV read buffer in bytes (0 = DuckDB's default); a small buffer splits even a small file into many
     * parallel chunks, which tests use to check that line numbers survive the parallel scan.
     */
    public PlainCsvReader bufferSize(int bytes) {
        this.bufferSize = bytes;
        return this;
    }

    /** Whether this reader takes the file: a plain extract table whose first line is its header. */
    public static boolean accepts(SourceFile file, boolean plain) {
        return plain && file.table().isPresent();
    }

    /** The store table a clinical extract table's rows go to (registrations and patients have none here). */
    public static Optional<Table> storeTable(ExtractTable table) {
        if (table == ExtractTable.PATIENTS || table == ExtractTable.REGISTRATIONS) {
            return Optional.empty();
        }
        String staging = LineSql.stagingTable(table);
        return StoreSchema.CLINICAL.stream().filter(t -> staging.equals("stg_" + t.name())).findFirst();
    }

    /** Stages the file ({@link #lines} then {@link #stage}); -1, having written nothing, when it cannot be read so. */
    public long read(SourceFile file, Pipeline pipeline) throws Exception {
        FileLines lines = lines(file);
        if (lines == null) {
            return -1;
        }
        return lines.table() == ExtractTable.PATIENTS ? stagePatients(lines, pipeline) : stage(lines, pipeline);
    }

    /**
     * Reads the file's physical lines into a temporary table with a parallel scan that keeps the file's order
     * (insertion order preserved for this statement; the loader otherwise runs with it off): blank lines come back as
     * NULL rows and keep their place. Outside a transaction, so later statements scan the table in parallel. Returns
     * null, having kept nothing, when DuckDB cannot read the file as lines (e.g. bytes that are not UTF-8, an over-long
     * line): the caller then reads it with the Java reader, which reports the problem as it always does.
     */
    public FileLines lines(SourceFile file) throws SQLException {
        ExtractTable table = file.table().orElseThrow();
        List<String> header;
        try (BufferedReader r = Utf8.reader(file.path())) {
            String first = Utf8.stripBom(r.readLine());
            if (first == null || first.isBlank()) {
                return null;
            }
            header = new CsvParser(new StringReader(first)).next(true).fields();
        } catch (IOException e) {
            return null;
        }
        Map<String, Integer> index = CsvExtractReader.index(file, table, header);
        LineTable read = LineTable.read(c, file.path(), bufferSize, "raw_lines_" + (++reads));
        if (read == null) {
            return null;
        }
        String temp = read.temp();
        long base = read.base();
        long count = scalar("SELECT count(*) FROM " + temp + " WHERE rowid > " + base + " AND txt IS NOT NULL");
        return new FileLines(file, temp, base, count, table, index, header.size(),
                LineSql.of(table, index, header.size(), extractDate));
    }

    /**
     * Stages the people of a plain {@code patients.csv}: keys its patient ids and its valid NHS numbers (one HMAC
     * each, in Java, in parallel; {@code nhs_key} holds only 10-digit numbers that pass the Modulus 11 check), inserts
     * the rows that pass {@link LineSql#valid()} into {@code stg_person} and, for those with a registration date and a
     * known practice, the registration they imply into {@code stg_registration} (as the Java mapper derives it), and
     * hands every other line to the Java mapper. Returns the people the SQL staged. Drops the lines.
     */
    public long stagePatients(FileLines lines, Pipeline pipeline) throws Exception {
        key(lines.relation(), lines.index().get("patient_id") + 1);
        LineSql sql = lines.sql();
        int read = ++reads;
        if (lines.index().containsKey("nhs_number")) {
            keys.nhsNumbers("SELECT split_part(txt, ',', " + (lines.index().get("nhs_number") + 1) + ") AS nhs FROM "
                    + lines.relation());
        }
        long loaded = update("INSERT INTO stg_person (" + String.join(", ", sql.columnNames())
                + ", source_file, source_line, sql_read) SELECT " + String.join(", ", sql.expressions()) + ", "
                + literal(lines.file().name()) + ", line, " + read + " FROM " + lines.relation()
                + " JOIN src_key ON src_key.pid = " + sql.f("patient_id") + " LEFT JOIN nhs_key ON nhs_key.nhs = "
                + sql.f("nhs_number") + " WHERE (" + sql.valid() + ") IS TRUE");
        update("INSERT INTO stg_registration (person_id, practice_code, start_date, end_date, source_file, source_line, "
                + "derived, resource_type) SELECT person_id, practice_code, registration_date, NULL, source_file, "
                + "source_line, TRUE, " + literal(lines.table().fileName()) + " FROM stg_person WHERE sql_read = " + read
                + " AND registration_date IS NOT NULL AND practice_code <> " + literal(Checks.UNKNOWN));
        handOver(lines, loaded, "SELECT source_line FROM stg_person WHERE sql_read = " + read, pipeline);
        return loaded;
    }

    /**
     * Inserts the rows that pass {@link LineSql#valid()} into the staging table, and hands the other lines to the Java
     * mapper; returns the rows the SQL staged. Drops the lines.
     */
    public long stage(FileLines lines, Pipeline pipeline) throws Exception {
        key(lines.relation(), lines.index().get("patient_id") + 1);
        LineSql sql = lines.sql();
        String staging = LineSql.stagingTable(lines.table());
        int read = ++reads;
        long loaded = update("INSERT INTO " + staging + " (" + String.join(", ", sql.columnNames())
                + ", source_file, source_line, source_key, resource_type, sql_read) SELECT "
                + String.join(", ", sql.expressions()) + ", " + literal(lines.file().name()) + ", line, src_key.k, "
                + literal(lines.table().fileName()) + ", " + read + " FROM " + lines.relation()
                + " JOIN src_key ON src_key.pid = " + sql.f("patient_id") + " WHERE (" + sql.valid() + ") IS TRUE");
        // the lines this read did not stage: an anti-join on the staged lines, cheaper than the predicate again
        handOver(lines, loaded, "SELECT source_line FROM " + staging + " WHERE sql_read = " + read, pipeline);
        return loaded;
    }

    /**
     * Inserts the rows straight into the store table {@code target}, within the caller's transaction, once the people
     * of the load are merged and the merge's {@code link} table (source key -> person, birth, death) exists: a row goes
     * in when it passes {@link LineSql#valid()}, its patient is known, and its event date ({@code eventDate}, a column
     * of {@code target}, or null) is neither before the person's birth nor after the death; it carries this load's id.
     * Patient ids not yet keyed are keyed from the lines left over, which are then tried again. Every line still left
     * goes to the Java mapper (and from there to staging, where the merge quarantines it with its reason), exactly as
     * {@link #stage} would hand it over. The caller uses this only for a table that was empty when the load began, so
     * nothing in it needs replacing. Returns the rows inserted. Drops the lines.
     */
    public long insert(FileLines lines, Table target, String eventDate, long loadId, Pipeline pipeline) throws Exception {
        String done = "SELECT source_line FROM " + target.name() + " WHERE load_id = " + loadId + " AND source_file = "
                + literal(lines.file().name());
        long loaded = insertLinked(lines, lines.relation(), target, eventDate, loadId);
        if (loaded < lines.lines()) {
            exec("CREATE OR REPLACE TEMPORARY TABLE rest_lines AS SELECT line, txt FROM " + lines.relation()
                    + " WHERE line NOT IN (" + done + ")");
            String rest = FileLines.fields("SELECT line, txt FROM rest_lines", lines.width());
            if (key(rest, lines.index().get("patient_id") + 1) > 0) {
                loaded += insertLinked(lines, rest, target, eventDate, loadId);
            }
            exec("DROP TABLE rest_lines");
        }
        handOver(lines, loaded, done, pipeline);
        return loaded;
    }

    private long insertLinked(FileLines lines, String relation, Table target, String eventDate, long loadId)
            throws SQLException {
        LineSql sql = lines.sql();
        Map<String, String> expr = sql.byColumn();
        List<String> select = StoreRows.select(target, expr, lines.file().name(), loadId);
        String when = "(" + sql.valid() + ") IS TRUE";
        if (eventDate != null) {
            when += " AND " + StoreRows.withinLife(expr.get(eventDate));
        }
        return update("INSERT INTO " + target.name() + " (" + String.join(", ", target.columnNames()) + ") SELECT "
                + String.join(", ", select) + " FROM " + relation + " JOIN " + keys.rawLink() + " l ON l.raw = " + sql.f("patient_id")
                + " WHERE " + when);
    }

    /**
     * Keys every patient id (field {@code field} of the lines of {@code relation}) not yet keyed in this load; returns
     * how many were added.
     */
    private long key(String relation, int field) throws SQLException {
        return keys.sourceIds("SELECT split_part(txt, ',', " + field + ") AS pid FROM " + relation);
    }

    /**
     * Hands every data line that {@code done} (a query of the lines the SQL loaded) does not list to the Java mapper,
     * then drops the file's lines. When the SQL loaded every data line, as on a clean extract, the anti-join is not run.
     */
    private void handOver(FileLines lines, long loaded, String done, Pipeline pipeline) throws Exception {
        if (loaded < lines.lines()) {
            List<CsvRecord> batch = new ArrayList<>(BATCH);
            String sql = "SELECT line, txt FROM " + lines.relation() + " WHERE line NOT IN (" + done + ") ORDER BY line";
            try (Statement s = c.createStatement(); ResultSet rs = Trace.timed(sql, () -> s.executeQuery(sql))) {
                while (rs.next()) {
                    CsvRecord parsed = new CsvParser(new StringReader(rs.getString(2))).next(false);
                    List<String> fields = parsed == null ? List.of("") : parsed.fields();
                    batch.add(new CsvRecord(fields, rs.getLong(1), parsed == null ? null : parsed.error()));
                    if (batch.size() == BATCH) {
                        submit(lines, batch, pipeline);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
            submit(lines, batch, pipeline);
        }
        exec("DROP TABLE " + lines.temp());
    }

    private static void submit(FileLines lines, List<CsvRecord> batch, Pipeline pipeline) throws Exception {
        CsvExtractReader.submit(lines.file(), lines.table(), lines.index(), lines.width(), batch, 0, pipeline);
    }

    private void exec(String sql) throws SQLException {
        new Sql(c).exec(sql);
    }

    private long update(String sql) throws SQLException {
        return new Sql(c).update(sql);
    }

    private long scalar(String sql) throws SQLException {
        return new Sql(c).scalar(sql);
    }

    private static String literal(String text) {
        return Sql.literal(text);
    }
}
