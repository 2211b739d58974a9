package org.derwent.ingest.stage;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.derwent.ingest.check.DistinctHashes;
import java.util.List;
import org.derwent.ingest.row.ConcurrentSink;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Row;
import org.derwent.store.schema.Dialect;
import org.derwent.store.schema.Table;
import org.duckdb.DuckDBConnection;

/**
 * Writes rows into the staging tables of one DuckDB connection through appenders, and counts every input record's
 * outcome. The {@link org.derwent.ingest.row.RowSink} calls and {@link #counted} belong to one thread (the loading
 * thread, which replays outcomes in input order); {@link #write} may be called from any number of threads, each of
 * which gets its own appenders on the same connection, whose full chunks a {@link Flusher} writes in the background.
 * {@link #settle}, {@link #flush} and {@link #close} must not overlap writes.
 */
public final class Stager implements ConcurrentSink, AutoCloseable {
    private final DuckDBConnection c;
    private final StageCounts counts = new StageCounts();
    private final StageWriter own;
    /** Guards {@link #writers} and every appender flush on the connection. */
    private final Object lock = new Object();
    private final List<StageWriter> writers = new ArrayList<>();
    private final Flusher flusher = new Flusher(lock);
    private final ThreadLocal<StageWriter> threadWriter = ThreadLocal.withInitial(this::newWriter);

    public Stager(DuckDBConnection c, Dialect dialect) throws SQLException {
        this.c = c;
        try (Statement s = c.createStatement()) {
            for (Table t : Staging.all()) {
                s.execute("DROP TABLE IF EXISTS " + t.name());
                s.execute(dialect.createStaging(t, t.name()));
            }
        }
        own = new StageWriter(c, lock, null);
        writers.add(own);
    }

    public StageCounts counts() {
        return counts;
    }

    @Override
    public void loaded(Row row) {
        counts.loaded(row.at());
        write(own, row);
    }

    @Override
    public void derived(Row row) {
        write(own, row);
    }

    @Override
    public void write(Row row) {
        write(threadWriter.get(), row);
    }

    @Override
    public void counted(Provenance at, long n) {
        counts.loaded(at.file(), at.resourceType(), n);
    }

    @Override
    public void skipped(Provenance at) {
        counts.skipped(at);
    }

    @Override
    public void quarantined(Provenance at, String field, String value, String reason) {
        counts.quarantined(at, reason);
        try {
            own.quarantined(at, field, value, reason);
        } catch (SQLException e) {
            throw new StagingException(e);
        }
    }

    private static void write(StageWriter w, Row row) {
        try {
            w.write(row);
        } catch (SQLException e) {
            throw new StagingException(e);
        }
    }

    private StageWriter newWriter() {
        try {
            StageWriter w = new StageWriter(c, lock, flusher);
            synchronized (lock) {
                writers.add(w);
            }
            return w;
        } catch (SQLException e) {
            throw new StagingException(e);
        }
    }

    /**
     * Waits until the chunks that threads' writers handed to the background flusher are in the tables (after which
     * the loading thread may run SQL on the connection again, once no thread writes).
     */
    @Override
    public void settle() {
        try {
            flusher.settle();
        } catch (SQLException e) {
            throw new StagingException(e);
        }
    }

    /**
     * The record ids staged through the appenders so far, by store table name, from every thread's writer (call when
     * no thread writes). Rows staged by SQL (the plain CSV reader) are not among them.
     */
    public Map<String, DistinctHashes> stagedIds() {
        Map<String, DistinctHashes> out = new HashMap<>();
        synchronized (lock) {
            for (StageWriter w : writers) {
                w.ids().forEach((t, h) -> out.computeIfAbsent(t, x -> new DistinctHashes()).addAll(h));
            }
        }
        return out;
    }

    /** Flushes every appender, so SQL on this connection sees the rows staged so far. */
    public void flush() {
        try {
            flusher.settle();
            synchronized (lock) {
                for (StageWriter w : writers) {
                    w.flush();
                }
            }
        } catch (SQLException e) {
            throw new StagingException(e);
        }
    }

    /** Flushes and closes every appender; the staging tables stay for the merge. */
    @Override
    public void close() {
        try (flusher) {
            flusher.settle();
            synchronized (lock) {
                for (StageWriter w : writers) {
                    w.close();
                }
            }
        } catch (SQLException e) {
            throw new StagingException(e);
        }
    }
}
