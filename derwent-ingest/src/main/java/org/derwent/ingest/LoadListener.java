package org.derwent.ingest;

/** Hears about a load's progress (for a progress bar); all methods are called from the loading thread. */
public interface LoadListener {
    /** The load will read {@code totalBytes} bytes in {@code files} files. */
    default void started(long totalBytes, int files) {
    }

    /** {@code bytes} more bytes were read. */
    default void progress(long bytes) {
    }

    /** A named step began, e.g. {@code reading Patient.ndjson} or {@code merging observation}. */
    default void phase(String description) {
    }

    /** Reading is over (the progress bar can close). */
    default void readingDone() {
    }

    LoadListener NONE = new LoadListener() {
    };
}
