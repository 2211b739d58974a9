package org.derwent.ingest.row;

/**
 * A {@link RowSink} whose rows may be written from several worker threads at once, while the outcomes are still
 * counted in input order on the one thread that replays them.
 */
public interface ConcurrentSink extends RowSink {
    /** Writes a loaded or derived row from the calling thread, without counting it. */
    void write(Row row);

    /** Counts {@code n} loaded rows of the file and resource type of {@code at} that {@link #write} has written. */
    void counted(Provenance at, long n);

    /** Waits until every row written so far by {@link #write} is stored (call when no thread is writing). */
    void settle();
}
