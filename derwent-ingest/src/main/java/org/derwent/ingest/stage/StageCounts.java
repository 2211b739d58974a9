package org.derwent.ingest.stage;

import java.util.Map;
import java.util.TreeMap;
import org.derwent.ingest.row.Provenance;

/** Outcome counts of the records read so far, in total, per file and per reason or type. */
public final class StageCounts {
    /** Counts for one file. */
    public static final class FileCounts {
        public long read;
        public long loaded;
        public long quarantined;
        public long skipped;
    }

    private final Map<String, FileCounts> files = new TreeMap<>();
    private final Map<String, Long> skippedByType = new TreeMap<>();
    private final Map<String, Long> loadedByType = new TreeMap<>();

    private FileCounts file(String name) {
        return files.computeIfAbsent(name, k -> new FileCounts());
    }

    void loaded(Provenance at) {
        FileCounts f = file(at.file());
        f.read++;
        f.loaded++;
        loadedByType.merge(at.resourceType(), 1L, Long::sum);
    }

    void quarantined(Provenance at, String reason) {
        FileCounts f = file(at.file());
        f.read++;
        f.quarantined++;
    }

    void skipped(Provenance at) {
        FileCounts f = file(at.file());
        f.read++;
        f.skipped++;
        skippedByType.merge(at.resourceType(), 1L, Long::sum);
    }

    /** Counts records of one file loaded in bulk (staged by SQL, not row by row). */
    public void loaded(String fileName, String resourceType, long n) {
        FileCounts f = file(fileName);
        f.read += n;
        f.loaded += n;
        loadedByType.merge(resourceType, n, Long::sum);
    }

    /** Makes sure a file with no records still appears. */
    public void touch(String fileName) {
        file(fileName);
    }

    public Map<String, FileCounts> files() {
        return files;
    }

    public Map<String, Long> skippedByType() {
        return skippedByType;
    }

    public Map<String, Long> stagedByType() {
        return loadedByType;
    }

    public long read() {
        return files.values().stream().mapToLong(f -> f.read).sum();
    }
}
