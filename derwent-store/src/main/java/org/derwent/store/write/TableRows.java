package org.derwent.store.write;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Bulk-inserts rows of values into a result table: through DuckDB's appender on DuckDB (JDBC batches there run
 * one statement per row, minutes for the full result set), through JDBC batches elsewhere. Values are
 * {@link String}, {@link Double} (null, NaN and infinities become NULL), {@link Long}, {@link Integer},
 * {@link LocalDate} or {@link Boolean}. Shared by every module that writes result tables (measures, risk).
 */
public final class TableRows {
    private TableRows() {
    }

    /** Inserts {@code rows} (each {@code columns} values in the table's column order) into {@code table}. */
    public static void insert(Connection c, String table, int columns, List<Object[]> rows) throws SQLException {
        if (c.isWrapperFor(DuckDBConnection.class)) {
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
                for (Object[] row : rows) {
                    a.beginRow();
                    for (Object v : row) {
                        append(a, v);
                    }
                    a.endRow();
                }
            }
            return;
        }
        String marks = String.join(", ", Collections.nCopies(columns, "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            int n = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(ps, i + 1, row[i]);
                }
                ps.addBatch();
                if (++n % 10_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static boolean missing(Object v) {
        return v == null || v instanceof Double d && (d.isNaN() || d.isInfinite());
    }

    private static void append(DuckDBAppender a, Object v) throws SQLException {
        if (missing(v)) {
            a.appendNull();
        } else if (v instanceof String s) {
            a.append(s);
        } else if (v instanceof Double d) {
            a.append(d.doubleValue());
        } else if (v instanceof Long l) {
            a.append(l.longValue());
        } else if (v instanceof Integer n) {
            a.append(n.intValue());
        } else if (v instanceof LocalDate d) {
            a.append(d);
        } else if (v instanceof Boolean b) {
            a.append(b.booleanValue());
        } else {
            throw new IllegalArgumentException("unsupported result value type " + v.getClass().getName());
        }
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (missing(v)) {
            ps.setNull(i, v instanceof Double || v == null ? Types.DOUBLE : Types.VARCHAR);
        } else if (v instanceof LocalDate d) {
            ps.setDate(i, Date.valueOf(d));
        } else {
            ps.setObject(i, v);
        }
    }
}
