package org.derwent.ingest.lines;

import java.nio.file.Path;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * A file's physical lines in a session-local temporary table {@code temp(txt)}, in file order: line {@code n} of the
 * file is the row with {@code rowid = base + n - 1}; a blank line is a NULL row and keeps its place. Made by
 * {@link #read}; dropped by the reader that made it.
 */
public record LineTable(String temp, long base) {
    /** {@code read_csv} options that give one VARCHAR per physical line (delimiter 0x01, absent from plain files). */
    private static final String OPTIONS = "columns = {'txt': 'VARCHAR'}, delim = chr(1), quote = '', escape = '', "
            + "auto_detect = false, header = false, parallel = true";
    /** Longest line DuckDB reads (a longer one sends the file to the Java reader). */
    private static final int MAX_LINE = 16_777_216;

    /**
     * Reads the file's lines into {@code temp} with a parallel scan that keeps the file's order (insertion order
     * preserved for this statement; the loader otherwise runs with it off). Outside a transaction, so later statements
     * scan the table in parallel. {@code bufferSize} is DuckDB's read buffer in bytes (0 = its default; a small one
     * splits even a small file into many parallel chunks, which tests use). Returns null, having kept nothing, when
     * DuckDB cannot read the file as lines (bytes that are not UTF-8, an over-long line): the caller then reads it
     * with the Java reader, which reports the problem as it always does.
     */
    public static LineTable read(DuckDBConnection c, Path file, int bufferSize, String temp) throws SQLException {
        Sql sql = new Sql(c);
        sql.exec("DROP TABLE IF EXISTS " + temp);
        sql.exec("SET preserve_insertion_order = true");
        try {
            sql.exec("CREATE TEMPORARY TABLE " + temp + " AS SELECT txt FROM read_csv(" + Sql.literal(file.toAbsolutePath()
                    .toString()) + ", " + OPTIONS + ", " + (bufferSize > 0 ? "buffer_size = " + bufferSize
                    + ", max_line_size = " + bufferSize : "max_line_size = " + MAX_LINE) + ")");
        } catch (SQLException e) {
            sql.exec("DROP TABLE IF EXISTS " + temp);
            return null;
        } finally {
            sql.exec("SET preserve_insertion_order = false");
        }
        return new LineTable(temp, sql.scalar("SELECT COALESCE(min(rowid), 0) FROM " + temp));
    }

    /** The non-blank lines from line {@code from} on, as the relation {@code (line, txt)}. */
    public String numbered(int from) {
        return "SELECT rowid - " + base + " + 1 AS line, txt FROM " + temp + " WHERE rowid >= " + (base + from - 1)
                + " AND txt IS NOT NULL";
    }

    public void drop(DuckDBConnection c) throws SQLException {
        new Sql(c).exec("DROP TABLE IF EXISTS " + temp);
    }
}
