package org.derwent.ingest.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte searches eight bytes at a time (SWAR), for the readers that cut lines from bytes without decoding them. */
public final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Bytes() {
    }

    /** The bits {@code 0x80} of the bytes of {@code x} that are zero, exact up to the lowest such byte. */
    private static long zeros(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** The index of the first line feed in {@code [from, to)}, or {@code to}. */
    public static int nextLineFeed(byte[] buf, int from, int to) {
        return next(buf, from, to, (byte) '\n', (byte) '\n');
    }

    /** The index of the first line feed or carriage return in {@code [from, to)}, or {@code to}. */
    public static int nextLineEnd(byte[] buf, int from, int to) {
        return next(buf, from, to, (byte) '\n', (byte) '\r');
    }

    /** The index of the first byte {@code a} or {@code b} in {@code [from, to)}, or {@code to}. */
    private static int next(byte[] buf, int from, int to, byte a, byte b) {
        long as = ONES * (a & 0xFF);
        long bs = ONES * (b & 0xFF);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(buf, i);
            long found = zeros(x ^ as) | zeros(x ^ bs);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        while (i < to && buf[i] != a && buf[i] != b) {
            i++;
        }
        return i;
    }

    /** Whether every byte of {@code [from, to)} is ASCII (below 0x80) and none is NUL. */
    public static boolean asciiWithoutNul(byte[] buf, int from, int to) {
        long acc = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(buf, i);
            acc |= x | zeros(x);
        }
        if ((acc & HIGHS) != 0) {
            return false;
        }
        for (; i < to; i++) {
            if (buf[i] <= 0) {
                return false;
            }
        }
        return true;
    }
}
