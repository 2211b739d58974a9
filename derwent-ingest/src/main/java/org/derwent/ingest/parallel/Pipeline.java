package org.derwent.ingest.parallel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.ConcurrentSink;
import org.derwent.ingest.row.RowSink;

/**
 * Runs record batches on worker threads (each with its own {@link Checks}, as the HMAC is not thread-safe) and
 * replays their outcomes into the target sink in submission order, so quarantine lines and counts are the same
 * as a sequential read. At most {@code 2 x threads} batches are in flight, which bounds memory.
 */
public final class Pipeline implements AutoCloseable {
    /** Work on one batch: reads records and reports each outcome to the sink. */
    public interface Batch {
        /** Returns the number of input bytes the batch covered, for progress. */
        long run(Checks checks, RowSink sink) throws Exception;
    }

    private final ExecutorService pool;
    private final ThreadLocal<Checks> checks;
    private final RowSink target;
    private final LongConsumer progress;
    private final int maxInFlight;
    private final Deque<Future<RecordingSink>> inFlight = new ArrayDeque<>();

    public Pipeline(int threads, Supplier<Checks> checksFactory, RowSink target, LongConsumer progress) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "derwent-load-worker");
            t.setDaemon(true);
            return t;
        });
        this.checks = ThreadLocal.withInitial(checksFactory);
        this.target = target;
        this.progress = progress;
        this.maxInFlight = 2 * threads;
    }

    /** Queues a batch; replays finished batches when too many are in flight. */
    public void submit(Batch batch) throws Exception {
        submit(batch, null);
    }

    /**
     * As {@link #submit(Batch)}, but when the target is a {@link ConcurrentSink} the worker writes the batch's rows
     * itself (only the outcomes are replayed in order), so writing runs on every core. The caller must {@link #drain}
     * before using the target's connection for anything else.
     */
    public void submitWriting(Batch batch) throws Exception {
        submit(batch, target instanceof ConcurrentSink c ? c : null);
    }

    private void submit(Batch batch, ConcurrentSink writer) throws Exception {
        inFlight.add(pool.submit(() -> {
            RecordingSink sink = new RecordingSink(writer);
            sink.bytes = batch.run(checks.get(), sink);
            return sink;
        }));
        while (inFlight.size() >= maxInFlight) {
            replayOldest();
        }
    }

    /** Replays every queued batch and waits until rows the workers wrote themselves are stored. */
    public void drain() throws Exception {
        while (!inFlight.isEmpty()) {
            replayOldest();
        }
        if (target instanceof ConcurrentSink c) {
            c.settle();
        }
    }

    private void replayOldest() throws Exception {
        RecordingSink done;
        try {
            done = inFlight.removeFirst().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
        done.replay(target);
        progress.accept(done.bytes);
    }

    /** Cancels what is still queued and waits for running batches to stop (they may be writing on the connection). */
    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
