package org.derwent.ingest.stage;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBAppender;

/**
 * One staging table's DuckDB appender with null-aware appends, so a row is written as one chain of calls. Appenders
 * of one connection used from several threads must not flush at the same time (DuckDB's flush runs on the
 * connection), so each appender flushes every {@link #FLUSH_ROWS} rows, before DuckDB's own chunk of 2,048 rows is
 * full and would flush unguarded: under the connection's flush lock on the calling thread, or, with a
 * {@link Flusher}, in the background while the caller goes on with the appender's spare.
 */
final class RowAppender implements AutoCloseable {
    /** Rows per flush: fewer than DuckDB's vector size (2,048), the chunk the JDBC appender flushes on its own. */
    static final int FLUSH_ROWS = 2_000;
    private final Object flushLock;
    private final Flusher flusher;
    private final BlockingQueue<DuckDBAppender> free = new ArrayBlockingQueue<>(2);
    private final List<DuckDBAppender> all;
    private DuckDBAppender a;
    private long rows;
    private int pending;

    /** Flushes on the calling thread. */
    RowAppender(DuckDBAppender a, Object flushLock) {
        this.a = a;
        this.flushLock = flushLock;
        this.flusher = null;
        this.all = List.of(a);
    }

    /** Flushes in the background: {@code a} and {@code spare} take turns (one is filled while the other flushes). */
    RowAppender(DuckDBAppender a, DuckDBAppender spare, Object flushLock, Flusher flusher) {
        this.a = a;
        this.flushLock = flushLock;
        this.flusher = flusher;
        this.free.add(spare);
        this.all = List.of(a, spare);
    }

    RowAppender begin() throws SQLException {
        a.beginRow();
        return this;
    }

    void end() throws SQLException {
        a.endRow();
        rows++;
        if (++pending == FLUSH_ROWS) {
            if (flusher == null) {
                flush();
            } else {
                DuckDBAppender full = a;
                flusher.submit(full, () -> free.add(full));
                a = take();
                pending = 0;
            }
        }
    }

    private DuckDBAppender take() throws SQLException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a staging appender", e);
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

    /** Flushes the rows appended so far; with a flusher, only once it has settled. */
    void flush() throws SQLException {
        synchronized (flushLock) {
            a.flush();
        }
        pending = 0;
    }

    /** Flushes and closes; with a flusher, only once it has settled. */
    @Override
    public void close() throws SQLException {
        synchronized (flushLock) {
            for (DuckDBAppender x : all) {
                x.close();
            }
        }
    }
}
