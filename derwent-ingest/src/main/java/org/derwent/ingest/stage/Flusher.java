package org.derwent.ingest.stage;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.duckdb.DuckDBAppender;

/**
 * Flushes full appender chunks of worker threads into DuckDB on one background thread, so a worker goes on mapping
 * while its rows are written (DuckDB runs one flush at a time on a connection, so workers flushing themselves would
 * wait for each other). Every flush holds the connection's flush lock. The first error is kept and thrown by the
 * next {@link #submit} or {@link #settle}.
 */
final class Flusher implements AutoCloseable {
    /** A flush to run. */
    interface Job {
        void run() throws SQLException;
    }

    private final Object lock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "derwent-stage-flush");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<SQLException> failure = new AtomicReference<>();

    Flusher(Object lock) {
        this.lock = lock;
    }

    /** Flushes {@code a} under the lock in the background, then runs {@code then} (e.g. returns it to its pool). */
    void submit(DuckDBAppender a, Runnable then) throws SQLException {
        rethrow();
        thread.execute(() -> {
            try {
                if (failure.get() == null) {
                    synchronized (lock) {
                        a.flush();
                    }
                }
            } catch (SQLException e) {
                failure.compareAndSet(null, e);
            } finally {
                then.run();
            }
        });
    }

    /** Waits until every flush submitted so far has run; throws the first error of any. */
    void settle() throws SQLException {
        Future<?> done = thread.submit(() -> { });
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while flushing the staging appenders", e);
        } catch (ExecutionException e) {
            throw new SQLException("flushing the staging appenders failed", e.getCause());
        }
        rethrow();
    }

    private void rethrow() throws SQLException {
        SQLException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** Stops the thread once a flush under way has ended. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
