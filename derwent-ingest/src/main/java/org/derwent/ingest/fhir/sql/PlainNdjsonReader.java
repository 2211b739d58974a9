package org.derwent.ingest.fhir.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derwent.ingest.fhir.NdjsonReader;
import org.derwent.ingest.fhir.ResourceCheck;
import org.derwent.ingest.lines.PatientKeys;
import org.derwent.ingest.lines.Sql;
import org.derwent.ingest.lines.StoreRows;
import org.derwent.ingest.parallel.Pipeline;
import org.derwent.ingest.source.JsonLines;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.stage.Trace;
import org.derwent.store.schema.Table;
import org.duckdb.DuckDBConnection;

/**
 * Reads a FHIR NDJSON file of Observations, MedicationRequests or Conditions inside DuckDB. The type is the first
 * line's {@code resourceType} ({@link ResourceSql#all()}; a bulk export has one type per file). DuckDB's JSON reader
 * reads every line into a temporary table typed by that type's structure ({@link ResourceSql#columns()}), in file
 * order, so that line {@code n} is the row {@code rowid = n - 1}, and the lines' subjects are keyed
 * ({@link PatientKeys}): {@link #hold}. The rows of the type that pass its predicate ({@link JsonSql}, stricter than
 * the Java mapper) are then inserted either into its staging table ({@link #read}) or, on a load into an empty store
 * table, straight into that table once the people are merged ({@link #insert}). Every other line (another type, an
 * unusual shape, a subject the load cannot link, an event outside the person's life) is read again from the file and
 * handed to the Java reader ({@link NdjsonReader#lines}) with its line number, which loads or quarantines it as it
 * always does.
 *
 * <p>The file goes to the Java reader whole unless its shape ({@link JsonLines}, measured while it is hashed) shows
 * that DuckDB's reader and Jackson read its lines alike: it must be compact (no string escapes; outside strings no
 * NaN, Infinity, trailing comma, null, negative number or white space before a value) and its lines shorter than
 * {@value #LONG_LINE} bytes (so that no line can pass Jackson's limits of 1,000 nested levels or a 1,000-digit
 * number). It also goes to Java whole when DuckDB refuses a line (malformed JSON, a member of another shape than the
 * structure, a repeated member name, bytes that are not UTF-8) or reads a different number of rows than the file has
 * lines (a blank line): then nothing was mapped by SQL. A number where a text is expected (an id, a code, a
 * reference) is left to Java when DuckDB and Jackson would write it differently ({@link JsonSql#notDecimal}).
 */
public final class PlainNdjsonReader {
    private static final int BATCH = 2_000;
    /** Lines must be shorter than this for the SQL to read the file (see the class comment). */
    static final int LONG_LINE = 1_000;
    private static final Pattern TYPE = Pattern.compile("\"resourceType\":\"([A-Za-z]+)\"");
    private final DuckDBConnection c;
    private final Sql sql;
    private final PatientKeys keys;
    private final LocalDate extractDate;
    private final ResourceCheck check;
    private int reads;

    public PlainNdjsonReader(DuckDBConnection c, PatientKeys keys, LocalDate extractDate, ResourceCheck check) {
        this.c = c;
        this.sql = new Sql(c);
        this.keys = keys;
        this.extractDate = extractDate;
        this.check = check;
    }

    /** Whether a file of this shape may be read by the SQL (see the class comment). */
    public static boolean accepts(JsonLines shape) {
        return shape.compact() && shape.lines() > 0 && shape.longest() < LONG_LINE;
    }

    /** A file's lines read by DuckDB into {@code temp} (see {@link #hold}), not yet mapped. */
    public static final class Held {
        private final SourceFile file;
        private final ResourceSql type;
        private final String temp;
        private final long lines;
        private final int read;

        private Held(SourceFile file, ResourceSql type, String temp, long lines, int read) {
            this.file = file;
            this.type = type;
            this.temp = temp;
            this.lines = lines;
            this.read = read;
        }

        public SourceFile file() {
            return file;
        }

        /** The store table the file's rows go to. */
        public Table table() {
            return type.table();
        }

        /** The FHIR resource type of the rows. */
        public String typeName() {
            return type.type();
        }

        /** Lines in the file. */
        public long lines() {
            return lines;
        }

        ResourceSql type() {
            return type;
        }

        String temp() {
            return temp;
        }

        int read() {
            return read;
        }
    }

    /**
     * Stages the file: returns the rows the SQL staged by resource type (the Java reader has staged the other lines
     * when this returns), or null, having staged nothing, when the file is to be read by the Java reader whole.
     */
    public Map<String, Long> read(SourceFile file, JsonLines shape, Pipeline pipeline) throws Exception {
        Held h = hold(file, shape, pipeline);
        if (h == null) {
            return null;
        }
        JsonSql s = h.type().sql(extractDate);
        long n = sql.update("INSERT INTO " + h.type().staging() + " (" + String.join(", ", s.columnNames())
                + ", source_file, source_line, source_key, resource_type, sql_read) SELECT "
                + String.join(", ", s.expressions()) + ", " + Sql.literal(file.name()) + ", line, src_key.k, "
                + Sql.literal(h.type().type()) + ", " + h.read() + " FROM " + rows(h) + " JOIN src_key ON src_key.pid = "
                + "j_sid WHERE (" + s.valid() + ") IS TRUE");
        handOver(h, n, "SELECT source_line FROM " + h.type().staging() + " WHERE sql_read = " + h.read(), pipeline);
        return n > 0 ? Map.of(h.type().type(), n) : Map.of();
    }

    /**
     * Reads the file's lines into a temporary table and keys their subjects, outside the load's transaction (so that
     * the table is scanned in parallel later); null, having kept nothing, when the file is to be read by the Java
     * reader whole.
     */
    public Held hold(SourceFile file, JsonLines shape, Pipeline pipeline) throws Exception {
        Optional<ResourceSql> first = type(file);
        if (first.isEmpty()) {
            return null;
        }
        ResourceSql type = first.get();
        pipeline.drain();
        int read = -(++reads);
        String temp = "json_rows_" + reads;
        if (!readRows(file, type, temp, shape.lines())) {
            return null;
        }
        // the subjects' source ids, from the distinct references (a superset: the predicate checks each reference)
        keys.sourceIds("SELECT CASE WHEN starts_with(r, 'Patient/') THEN r[9:] WHEN starts_with(r, 'urn:uuid:') THEN "
                + "r[10:] ELSE r END AS pid FROM (SELECT DISTINCT j.subject.reference AS r FROM " + temp + " j WHERE "
                + "j.resourceType = " + Sql.literal(type.type()) + " AND j.subject.reference IS NOT NULL) d");
        return new Held(file, type, temp, shape.lines(), read);
    }

    /**
     * Inserts the held rows of its type that pass the predicate straight into their store table, which was empty when
     * the load began, linked to their person (the merge's {@code link} table must exist: the people are merged) and
     * with the event date neither before birth nor after death, with {@code loadId}; hands every other line to the
     * Java reader, which stages or quarantines it. Returns the rows inserted.
     */
    public long insert(Held h, String eventDate, long loadId, Pipeline pipeline) throws Exception {
        Table target = h.table();
        JsonSql s = h.type().sql(extractDate);
        Map<String, String> expr = s.byColumn();
        List<String> select = StoreRows.select(target, expr, h.file().name(), loadId);
        long n = sql.update("INSERT INTO " + target.name() + " (" + String.join(", ", target.columnNames()) + ") SELECT "
                + String.join(", ", select) + " FROM " + rows(h) + " JOIN " + keys.rawLink() + " l ON l.raw = j_sid "
                + "WHERE (" + s.valid() + ") IS TRUE AND " + StoreRows.withinLife(expr.get(eventDate)));
        handOver(h, n, "SELECT source_line FROM " + target.name() + " WHERE load_id = " + loadId + " AND source_file = "
                + Sql.literal(h.file().name()), pipeline);
        return n;
    }

    /**
     * The held rows of its type as {@code j}, with {@code line}, {@code j_sid} and the list markers: the table's
     * columns are the structure's members, so {@code j.<member>} reads a column (no struct of the whole row is built).
     */
    private static String rows(Held h) {
        StringBuilder markers = new StringBuilder();
        for (String m : h.type().lists()) {
            // no JSON null in a compact file, and a member of another shape stops the read: NULL means absent
            markers.append(", FALSE AS ").append(JsonSql.present(m));
        }
        return "(SELECT rowid + 1 AS line, " + JsonSql.sourceId() + " AS j_sid" + markers + ", * FROM " + h.temp()
                + " j WHERE j.resourceType = " + Sql.literal(h.type().type()) + ") j";
    }

    /**
     * Hands the lines {@code done} (a query of the line numbers the SQL loaded, {@code loaded} of them) does not list
     * to the Java reader, then drops the held table.
     */
    private void handOver(Held h, long loaded, String done, Pipeline pipeline) throws Exception {
        if (loaded < h.lines()) {
            String q = "SELECT rowid + 1 AS line FROM " + h.temp() + (loaded > 0 ? " WHERE rowid + 1 NOT IN (" + done + ")"
                    : "") + " ORDER BY line";
            List<Long> rest = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = Trace.timed(q, () -> st.executeQuery(q))) {
                while (rs.next()) {
                    rest.add(rs.getLong(1));
                }
            }
            handOver(h.file(), rest, pipeline);
        }
        sql.exec("DROP TABLE IF EXISTS " + h.temp());
        pipeline.drain();
    }

    /** The SQL of the file's type (its first line's {@code resourceType}), if the SQL maps that type. */
    private static Optional<ResourceSql> type(SourceFile file) throws IOException {
        return firstType(file).flatMap(ResourceSql::of);
    }

    /** The store table of the file's type (its first line's {@code resourceType}), if the SQL maps that type. */
    public static Optional<Table> table(SourceFile file) throws IOException {
        return type(file).map(ResourceSql::table);
    }

    /** The first line's resource type, if it names one. */
    private static Optional<String> firstType(SourceFile file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
            String line = r.readLine();
            Matcher m = TYPE.matcher(line == null ? "" : line);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the file's lines into {@code temp}, typed by the structure, in file order (insertion order preserved for
     * this statement; the loader otherwise runs with it off), outside a transaction so that later statements scan it
     * in parallel. False, having kept nothing, when DuckDB refuses the file or reads another number of rows than
     * {@code lines}.
     */
    private boolean readRows(SourceFile file, ResourceSql type, String temp, long lines) throws SQLException {
        sql.exec("DROP TABLE IF EXISTS " + temp);
        sql.exec("SET preserve_insertion_order = true");
        try {
            sql.exec("CREATE TEMPORARY TABLE " + temp + " AS SELECT * FROM read_json(" + Sql.literal(file.path()
                    .toAbsolutePath().toString()) + ", format = 'newline_delimited', records = true, columns = "
                    + type.columns() + ")");
        } catch (SQLException e) {
            sql.exec("DROP TABLE IF EXISTS " + temp);
            return false;
        } finally {
            sql.exec("SET preserve_insertion_order = false");
        }
        if (sql.scalar("SELECT count(*) FROM " + temp) != lines
                || sql.scalar("SELECT COALESCE(max(rowid), -1) FROM " + temp) != lines - 1) {
            sql.exec("DROP TABLE IF EXISTS " + temp);
            return false;
        }
        return true;
    }

    /** Reads the given lines from the file and hands them to the Java reader, in order. */
    private void handOver(SourceFile file, List<Long> numbers, Pipeline pipeline) throws Exception {
        if (numbers.isEmpty()) {
            return;
        }
        List<NdjsonReader.Line> batch = new ArrayList<>(BATCH);
        int next = 0;
        try (InputStream in = Files.newInputStream(file.path());
             BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            long lineNo = 0;
            for (String line = r.readLine(); line != null && next < numbers.size(); line = r.readLine()) {
                if (++lineNo == numbers.get(next)) {
                    next++;
                    batch.add(new NdjsonReader.Line(lineNo, line));
                    if (batch.size() == BATCH) {
                        NdjsonReader.lines(file, batch, pipeline, check);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
        }
        NdjsonReader.lines(file, batch, pipeline, check);
    }
}
