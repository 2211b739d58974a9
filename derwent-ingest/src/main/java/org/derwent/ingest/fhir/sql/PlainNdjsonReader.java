package org.derwent.ingest.fhir.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.ingest.fhir.NdjsonReader;
import org.derwent.ingest.fhir.ResourceCheck;
import org.derwent.ingest.lines.LineTable;
import org.derwent.ingest.lines.PatientKeys;
import org.derwent.ingest.lines.Sql;
import org.derwent.ingest.parallel.Pipeline;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.stage.Trace;
import org.duckdb.DuckDBConnection;

/**
 * Reads a FHIR NDJSON file whose lines DuckDB can read ({@code FileHash.Scan.lines}: no control byte but line feed)
 * inside DuckDB. The file's lines go into a temporary table ({@link LineTable}); the lines of each type the SQL maps
 * ({@link ResourceSql#all()}) that begin {@code {"resourceType":"<type>",} are read by {@code from_json} into that
 * type's structure, their subjects keyed ({@link PatientKeys}), and the rows that pass the type's predicate inserted
 * into its staging table. Every other line (another type, a Patient, an unusual shape, malformed JSON) is handed to
 * the Java reader ({@link NdjsonReader#lines}) by its line number, which loads or quarantines it as it always does.
 *
 * <p>Where DuckDB's JSON reader and Jackson differ, the SQL leaves the line to Java: a line with a backslash (a string
 * escape), or one where NaN, Infinity, a trailing comma or white space could stand outside a string (on a file that
 * is not {@code compactJson}, each line is tested), or one too long or deep for Jackson's limits. A member name
 * repeated within an object keeps its first value in both (see {@code JsonTree}).
 */
public final class PlainNdjsonReader {
    private static final int BATCH = 2_000;
    /** Lines at least this long are checked against Jackson's limits on nesting depth and number length. */
    private static final int LONG_LINE = 1_000;
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

    /**
     * Stages the file: returns the rows the SQL staged by resource type (the Java reader has staged the other lines
     * when this returns), or null, having staged nothing, when DuckDB cannot read the file as lines.
     */
    public Map<String, Long> read(SourceFile file, boolean compactJson, Pipeline pipeline) throws Exception {
        pipeline.drain();
        int read = ++reads;
        LineTable lines = LineTable.read(c, file.path(), 0, "json_lines_" + read);
        if (lines == null) {
            return null;
        }
        String numbered = lines.numbered(1);
        Map<String, Long> staged = new LinkedHashMap<>();
        List<String> done = new ArrayList<>();
        for (ResourceSql type : ResourceSql.all()) {
            String prefix = "{\"resourceType\":\"" + type.type() + "\",";
            if (sql.scalar("SELECT count(*) FROM (SELECT 1 FROM (" + numbered + ") l WHERE starts_with(txt, "
                    + Sql.literal(prefix) + ") LIMIT 1) x") == 0) {
                continue;
            }
            StringBuilder markers = new StringBuilder();
            for (String m : type.lists()) {
                markers.append(", CASE WHEN j.").append(m).append(" IS NULL THEN contains(txt, ")
                        .append(Sql.literal("\"" + m + "\"")).append(") ELSE FALSE END AS ").append(JsonSql.present(m));
            }
            String ofType = "FROM (" + numbered + ") l WHERE starts_with(txt, " + Sql.literal(prefix) + ")";
            // the subjects' source ids, cut from the text (a superset: the predicate checks each reference)
            keys.sourceIds("SELECT CASE WHEN starts_with(r, 'Patient/') THEN r[9:] WHEN starts_with(r, 'urn:uuid:') THEN "
                    + "r[10:] ELSE r END AS pid FROM (SELECT split_part(split_part(txt, '\"subject\":{\"reference\":\"', 2), "
                    + "'\"', 1) AS r " + ofType + ") c");
            JsonSql s = type.sql(extractDate);
            long n = sql.update("INSERT INTO " + type.staging() + " (" + String.join(", ", s.columnNames())
                    + ", source_file, source_line, source_key, resource_type, sql_read) SELECT "
                    + String.join(", ", s.expressions()) + ", " + Sql.literal(file.name()) + ", line, src_key.k, "
                    + Sql.literal(type.type()) + ", " + read + " FROM (SELECT line, j, " + JsonSql.sourceId() + " AS j_sid"
                    + markers + " FROM (SELECT line, txt, try(from_json(txt, " + Sql.literal(type.structure()) + ")) AS j "
                    + ofType + " AND " + plain(compactJson) + ") x WHERE j IS NOT NULL) y JOIN src_key ON src_key.pid = "
                    + "j_sid WHERE (" + s.valid() + ") IS TRUE");
            if (n > 0) {
                staged.put(type.type(), n);
                done.add("SELECT source_line FROM " + type.staging() + " WHERE sql_read = " + read);
            }
        }
        handOver(file, lines, done, pipeline);
        pipeline.drain();
        lines.drop(c);
        return staged;
    }

    /**
     * The test of a line the SQL may read: on a file that is not compact JSON, no backslash and nothing where NaN,
     * Infinity, a trailing comma or white space could stand outside a string (see {@code FileHash.Scan}); a long line
     * within Jackson's limits (nesting under 1,000, numbers under 1,000 digits: checked as fewer than 1,000 opening
     * brackets and no run of 100 digits).
     */
    private static String plain(boolean compactJson) {
        String limits = "(strlen(txt) < " + LONG_LINE + " OR (strlen(txt) - strlen(replace(replace(txt, '[', ''), '{', ''))"
                + " < 1000 AND NOT regexp_matches(txt, '[0-9]{100}')))";
        return compactJson ? limits : limits + " AND NOT regexp_matches(txt, '[:,\\[] *[-nNiI]|, *[\\]}]|\\\\')";
    }

    /** Hands every line the SQL did not stage ({@code done}: queries of the staged lines) to the Java reader, in order. */
    private void handOver(SourceFile file, LineTable lines, List<String> done, Pipeline pipeline) throws Exception {
        String rest = "SELECT line, txt FROM (" + lines.numbered(1) + ") l" + (done.isEmpty() ? ""
                : " WHERE line NOT IN (" + String.join(" UNION ALL ", done) + ")") + " ORDER BY line";
        List<NdjsonReader.Line> batch = new ArrayList<>(BATCH);
        try (Statement s = c.createStatement(); ResultSet rs = Trace.timed(rest, () -> s.executeQuery(rest))) {
            while (rs.next()) {
                batch.add(new NdjsonReader.Line(rs.getLong(1), rs.getString(2)));
                if (batch.size() == BATCH) {
                    NdjsonReader.lines(file, batch, pipeline, check);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        NdjsonReader.lines(file, batch, pipeline, check);
    }
}
