package org.derwent.ingest.source;

import org.derwent.ingest.check.DistinctHashes;

/**
 * The first field of every line after the header, as 64-bit hashes, collected while a file is hashed, so that a
 * load can prove a CSV file's record ids are all different without asking the store (see docs/ingest.md, "Merge").
 * Lines whose first field is empty are left out (an empty id is never loaded). Different hashes prove different
 * values; equal hashes prove nothing (a repeat, or rarely a collision), and the store's own check then decides.
 */
final class FirstFields {
    private static final long FNV_OFFSET = DistinctHashes.FNV_OFFSET;
    private static final long FNV_PRIME = DistinctHashes.FNV_PRIME;

    private final DistinctHashes ids = new DistinctHashes();
    /** Whether the next byte is in a line's first field (false all through line 1, the header). */
    private boolean inFirst;
    private long h = FNV_OFFSET;
    private int len;

    /** Feeds the next {@code n} bytes of the file. */
    void update(byte[] buf, int n) {
        boolean first = inFirst;
        long hash = h;
        int length = len;
        int i = 0;
        while (i < n) {
            if (!first) {
                i = Bytes.nextLineFeed(buf, i, n);
                if (i == n) {
                    break;
                }
                i++;
                first = true;
                hash = FNV_OFFSET;
                length = 0;
                continue;
            }
            byte b = buf[i++];
            if (b == '\n' || b == ',') {
                if (length > 0) {
                    ids.add(hash);
                }
                first = b == '\n';
                hash = FNV_OFFSET;
                length = 0;
            } else {
                hash = (hash ^ (b & 0xFF)) * FNV_PRIME;
                length++;
            }
        }
        inFirst = first;
        h = hash;
        len = length;
    }

    /** Whether every first field seen was different from every other (false when that is not proven). */
    boolean distinct() {
        if (inFirst && len > 0) {
            ids.add(h);
            inFirst = false;
        }
        return ids.distinct();
    }
}
