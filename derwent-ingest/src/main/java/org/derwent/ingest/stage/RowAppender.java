package org.derwent.ingest.stage;

import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;

/**
 * One staging table's DuckDB appender with null-aware appends, so a row is written as one chain of calls. Appenders
 * of one connection used from several threads must not flush at the same time (DuckDB's flush runs on the
 * connection), so each appender flushes itself under the connection's {@code flushLock} every {@link #FLUSH_ROWS}
 * rows, before DuckDB's own chunk of 2,048 rows is full and would flush unguarded.
 */
final class RowAppender implements AutoCloseable {
    /** Rows per flush: fewer than DuckDB's vector size (2,048), the chunk the JDBC appender flushes on its own. */
    static final int FLUSH_ROWS = 2_000;
    private final DuckDBAppender a;
    private final Object flushLock;
    private long rows;
    private int pending;

    RowAppender(DuckDBAppender a, Object flushLock) {
        this.a = a;
        this.flushLock = flushLock;
    }

    RowAppender begin() throws SQLException {
        a.beginRow();
        return this;
    }

    void end() throws SQLException {
        a.endRow();
        rows++;
        if (++pending == FLUSH_ROWS) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    RowAppender text(String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
        return this;
    }

    RowAppender date(LocalDate v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
        return this;
    }

    RowAppender num(Double v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.doubleValue());
        }
        return this;
    }

    RowAppender integer(Integer v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.intValue());
        }
        return this;
    }

    RowAppender bigint(Long v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.longValue());
        }
        return this;
    }

    RowAppender bool(Boolean v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.booleanValue());
        }
        return this;
    }

    void flush() throws SQLException {
        synchronized (flushLock) {
            a.flush();
        }
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        synchronized (flushLock) {
            a.close();
        }
    }
}
