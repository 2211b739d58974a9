package org.derwent.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.ingest.parallel.Pipeline;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.source.Utf8;
import org.derwent.model.extract.ExtractTable;
import org.derwent.store.schema.Table;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Reads a plain clinical CSV table (see {@code FileHash.Scan}: one record per line, no quotes) inside DuckDB:
 * {@code read_csv} scans the file once, in parallel, as whole lines into a temporary table that keeps the file's order,
 * so {@code rowid + 1} is the file line (less an offset inside a transaction); the lines
 * are split on commas, rows that pass {@link LineSql#valid()} are inserted into the staging table by SQL, and
 * every other row is handed to the Java mapper ({@link CsvExtractReader#submit}) through the pipeline, which loads
 * or quarantines it exactly as the Java reader would. Source patient ids are pseudonymised in Java (one HMAC per
 * distinct id, kept in the session's temporary table {@code src_key}) and never reach the store.
 */
public final class PlainCsvReader {
    private static final int BATCH = 2_000;
    /** {@code read_csv} options that give one VARCHAR per physical line (delimiter 0x01, absent from plain files). */
    private static final String OPTIONS = "columns = {'txt': 'VARCHAR'}, header = false, delim = chr(1), quote = '', "
            + "escape = '', auto_detect = false";
    /** Longest line DuckDB reads (a longer one sends the file to the Java reader). */
    private static final int MAX_LINE = 16_777_216;
    /** The temporary table holding the current file's lines. */
    private static final String RAW = "raw_lines";
    /**
     * The row id of the file's first line in {@link #RAW}: 0 for a table created outside a transaction, a large
     * offset for one created inside one (DuckDB numbers a transaction's own rows from there); line = rowid - base + 1.
     */
    private long base;
    private final Set<String> keyed = new HashSet<>();
    private int bufferSize;
    /** Plain-CSV reads so far in this load; each stages its rows with its own {@code sql_read} ordinal. */
    private int reads;
    /** How many keyed patient ids {@code raw_link} covers. */
    private int linked = -1;
    private final DuckDBConnection c;
    private final Pseudonymiser pseudonymiser;
    private final LocalDate extractDate;

    public PlainCsvReader(DuckDBConnection c, Pseudonymiser pseudonymiser, LocalDate extractDate) throws SQLException {
        this.c = c;
        this.pseudonymiser = pseudonymiser;
        this.extractDate = extractDate;
        exec("CREATE TEMPORARY TABLE IF NOT EXISTS src_key (pid VARCHAR, k VARCHAR)");
    }

    /**
     * Sets DuckDB's CSV read buffer in bytes (0 = DuckDB's default); a small buffer splits even a small file into many
     * parallel chunks, which tests use to check that line numbers survive the parallel scan.
     */
    public PlainCsvReader bufferSize(int bytes) {
        this.bufferSize = bytes;
        return this;
    }

    /** The store table a clinical extract table's rows go to (registrations and patients have none here). */
    public static java.util.Optional<Table> storeTable(ExtractTable table) {
        if (table == ExtractTable.PATIENTS || table == ExtractTable.REGISTRATIONS) {
            return java.util.Optional.empty();
        }
        String staging = LineSql.stagingTable(table);
        return org.derwent.store.schema.StoreSchema.CLINICAL.stream().filter(t -> staging.equals("stg_" + t.name())).findFirst();
    }

    /** Whether this reader takes the file: a plain clinical table whose first line is its header. */
    public static boolean accepts(SourceFile file, boolean plain) {
        return plain && file.table().filter(t -> t != ExtractTable.PATIENTS).isPresent();
    }

    /**
     * Stages the file; returns the records the SQL loaded (the rest went to the pipeline). Returns -1, having
     * written nothing, when DuckDB cannot read the file as lines (e.g. bytes that are not UTF-8, an over-long
     * line): the caller then reads it with the Java reader, which reports the problem as it always does.
     */
    public long read(SourceFile file, Pipeline pipeline) throws Exception {
        Prepared p = prepare(file);
        if (p == null) {
            return -1;
        }
        String staging = LineSql.stagingTable(p.table());
        int read = ++reads;
        long loaded;
        try (Statement s = c.createStatement()) {
            loaded = s.executeUpdate("INSERT INTO " + staging + " (" + String.join(", ", p.sql().columnNames())
                    + ", source_file, source_line, source_key, resource_type, sql_read) SELECT "
                    + String.join(", ", p.sql().expressions()) + ", " + literal(file.name()) + ", line, src_key.k, "
                    + literal(p.table().fileName()) + ", " + read + " FROM " + lines()
                    + " JOIN src_key ON src_key.pid = " + p.sql().f("patient_id") + " WHERE (" + p.sql().valid() + ") IS TRUE");
        }
        // every line this read did not stage goes to the Java mapper: an anti-join on the staged lines, cheaper
        // than evaluating the predicate again
        handOver(file, p, loaded, "SELECT source_line FROM " + staging + " WHERE sql_read = " + read, pipeline);
        return loaded;
    }

    /**
     * Loads the file straight into its store table {@code target}, within the caller's transaction, once the people
     * of the load are merged and the merge's {@code link} table (source key -> person, birth, death) exists: a row
     * goes in when it passes {@link LineSql#valid()}, its patient is known, and its event date is neither before the
     * person's birth nor after the death; it carries this load's id. Every other line goes to the Java mapper through
     * the pipeline (and from there to staging, where the merge quarantines it with its reason), exactly as
     * {@link #read} would hand it over. The caller uses this only for a table that was empty when the load began, so
     * nothing in it needs replacing. Returns the rows inserted, or -1, having written nothing, as {@link #read}.
     */
    public long readInto(SourceFile file, Table target, String eventDate, long loadId, Pipeline pipeline) throws Exception {
        Prepared p = prepare(file);
        if (p == null) {
            return -1;
        }
        if (keyed.size() != linked) {
            exec("CREATE OR REPLACE TEMPORARY TABLE raw_link AS SELECT s.pid AS raw, l.pid, l.birth, l.death "
                    + "FROM src_key s JOIN link l ON l.k = s.k");
            linked = keyed.size();
        }
        Map<String, String> expr = new HashMap<>();
        for (int i = 0; i < p.sql().columnNames().size(); i++) {
            expr.put(p.sql().columnNames().get(i), p.sql().expressions().get(i));
        }
        List<String> select = new ArrayList<>();
        for (String col : target.columnNames()) {
            select.add(switch (col) {
                case "person_id" -> "l.pid";
                case "source_file" -> literal(file.name());
                case "source_line" -> "line";
                case "load_id" -> Long.toString(loadId);
                default -> {
                    String e = expr.get(col);
                    if (e == null) {
                        throw new IllegalStateException("no expression for " + target.name() + "." + col);
                    }
                    yield e;
                }
            });
        }
        String when = "(" + p.sql().valid() + ") IS TRUE";
        if (eventDate != null) {
            String d = expr.get(eventDate);
            when += " AND (" + d + " < l.birth) IS NOT TRUE AND (" + d + " > l.death) IS NOT TRUE";
        }
        long loaded;
        try (Statement s = c.createStatement()) {
            loaded = s.executeUpdate("INSERT INTO " + target.name() + " (" + String.join(", ", target.columnNames())
                    + ") SELECT " + String.join(", ", select) + " FROM " + lines() + " JOIN raw_link l ON l.raw = "
                    + p.sql().f("patient_id") + " WHERE " + when);
        }
        handOver(file, p, loaded, "SELECT source_line FROM " + target.name() + " WHERE load_id = " + loadId
                + " AND source_file = " + literal(file.name()), pipeline);
        return loaded;
    }

    /** What a read needs once the file's lines are in {@link #RAW} and its patient ids keyed; null if unreadable. */
    private Prepared prepare(SourceFile file) throws SQLException {
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
        LineSql sql = LineSql.of(table, index, header.size(), extractDate);
        String path = literal(file.path().toAbsolutePath().toString());
        try {
            readLines(path);
            pseudonymise(index.get("patient_id") + 1);
        } catch (SQLException e) {
            exec("DROP TABLE IF EXISTS " + RAW);
            return null;
        }
        return new Prepared(table, index, header.size(), sql);
    }

    /** A file ready to read: its table, header index and width, and the SQL of its rows. */
    private record Prepared(ExtractTable table, Map<String, Integer> index, int width, LineSql sql) {
    }

    /**
     * Hands every data line that {@code done} (a query of the lines the SQL loaded) does not list to the Java mapper,
     * then drops the file's lines. When the SQL loaded every data line, as on a clean extract, nothing is handed over
     * and the anti-join is not run.
     */
    private void handOver(SourceFile file, Prepared p, long loaded, String done, Pipeline pipeline) throws Exception {
        long lines;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + RAW
                + " WHERE rowid > " + base + " AND txt IS NOT NULL")) {
            rs.next();
            lines = rs.getLong(1);
        }
        if (loaded < lines) {
            handOver(file, p.table(), p.index(), p.width(), "SELECT line, txt FROM (SELECT rowid - " + base
                    + " + 1 AS line, txt FROM " + RAW + " WHERE rowid > " + base + " AND txt IS NOT NULL) x WHERE line NOT IN ("
                    + done + ") ORDER BY line", pipeline);
        }
        exec("DROP TABLE " + RAW);
    }

    /**
     * Reads the file's physical lines into the temporary table {@link #RAW} with a parallel scan that keeps the
     * file's order (insertion order preserved for this statement), so {@code rowid + 1} (less {@link #base}) is the file line: blank
     * lines come back as NULL rows and keep their place. The loader otherwise runs with insertion order off.
     */
    private void readLines(String path) throws SQLException {
        exec("DROP TABLE IF EXISTS " + RAW);
        exec("SET preserve_insertion_order = true");
        try {
            exec("CREATE TEMPORARY TABLE " + RAW + " AS SELECT txt FROM read_csv(" + path + ", " + OPTIONS
                    + ", parallel = true, " + (bufferSize > 0 ? "buffer_size = " + bufferSize + ", max_line_size = " + bufferSize
                    : "max_line_size = " + MAX_LINE) + ")");
        } finally {
            exec("SET preserve_insertion_order = false");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(min(rowid), 0) FROM " + RAW)) {
            rs.next();
            base = rs.getLong(1);
        }
    }

    /**
     * Adds the HMAC of every patient id of the file not yet keyed in this load. Reads the file in parallel (no line
     * numbers needed); a file DuckDB cannot read fails here, before anything is staged.
     */
    private void pseudonymise(int field) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT split_part(txt, ',', "
                + field + ") AS pid FROM " + RAW + " WHERE rowid > " + base + " AND pid <> ''")) {
            while (rs.next()) {
                String id = rs.getString(1);
                if (!keyed.contains(id)) {
                    ids.add(id);
                }
            }
        }
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "src_key")) {
            for (String id : ids) {
                a.beginRow();
                a.append(id);
                a.append(pseudonymiser.sourceKey(id));
                a.endRow();
            }
        }
        keyed.addAll(ids);
    }

    private void handOver(SourceFile file, ExtractTable table, Map<String, Integer> index, int width, String query,
                          Pipeline pipeline) throws Exception {
        List<CsvRecord> batch = new ArrayList<>(BATCH);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                CsvRecord parsed = new CsvParser(new StringReader(rs.getString(2))).next(false);
                List<String> fields = parsed == null ? List.of("") : parsed.fields();
                batch.add(new CsvRecord(fields, rs.getLong(1), parsed == null ? null : parsed.error()));
                if (batch.size() == BATCH) {
                    CsvExtractReader.submit(file, table, index, width, batch, 0, pipeline);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        CsvExtractReader.submit(file, table, index, width, batch, 0, pipeline);
    }

    /** The file's data lines, split on commas: {@code line}, {@code txt} (the whole line), {@code f} (the fields). */
    private String lines() {
        return "(SELECT rowid - " + base + " + 1 AS line, txt, string_split(txt, ',') AS f FROM " + RAW + " WHERE rowid > "
                + base + " AND txt IS NOT NULL) x";
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
