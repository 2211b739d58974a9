package org.derwent.ingest.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.derwent.ingest.source.Bytes;

/**
 * Splits a byte stream into batches of lines without decoding it: a line ends at {@code \n}, {@code \r} or
 * {@code \r\n}, exactly where {@link java.io.BufferedReader#readLine()} ends it, so line numbers are the same.
 * Decoding (and the strict UTF-8 check) is left to whoever reads a line, as is skipping a byte-order mark
 * ({@link #textStart}). Not thread-safe.
 */
final class NdjsonLines {
    /** Lines {@code [start[i], end[i])} of {@code data}, numbered from {@code firstLine}; {@code bytes} consumed. */
    record Batch(byte[] data, int[] start, int[] end, int count, long firstLine, long bytes) {
    }

    private final InputStream in;
    private final int batchLines;
    private byte[] buf;
    /** Start of the batch being cut (kept in the buffer), next unread byte, end of the bytes read. */
    private int mark;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean skipLf;
    private long nextLine = 1;

    NdjsonLines(InputStream in, int batchLines, int bufferSize) throws IOException {
        this.in = in;
        this.batchLines = batchLines;
        this.buf = new byte[Math.max(4, bufferSize)];
    }

    /** Where the text of line {@code lineNo} begins: after a UTF-8 byte-order mark on the first line. */
    static int textStart(byte[] data, int start, int end, long lineNo) {
        boolean bom = lineNo == 1 && end - start >= 3 && (data[start] & 0xFF) == 0xEF && (data[start + 1] & 0xFF) == 0xBB
                && (data[start + 2] & 0xFF) == 0xBF;
        return bom ? start + 3 : start;
    }

    /** The next batch of up to {@code batchLines} lines, or null at the end of the stream. */
    Batch next() throws IOException {
        int[] start = new int[batchLines];
        int[] end = new int[batchLines];
        int n = 0;
        long consumed = 0;
        mark = pos;
        while (n < batchLines) {
            if (pos == limit) {
                more();
                if (pos == limit) {
                    break;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    consumed++;
                    continue;
                }
            }
            int i = pos;
            while (true) {
                i = Bytes.nextLineEnd(buf, i, limit);
                if (i < limit || eof) {
                    break;
                }
                i -= more();
            }
            start[n] = pos - mark;
            end[n] = i - mark;
            n++;
            consumed += i - pos;
            if (i < limit) {
                skipLf = buf[i] == '\r';
                i++;
                consumed++;
            }
            pos = i;
        }
        if (n == 0) {
            return null;
        }
        Batch b = new Batch(Arrays.copyOfRange(buf, mark, mark + end[n - 1]), start, end, n, nextLine, consumed);
        nextLine += n;
        return b;
    }

    /**
     * Reads more bytes (none at the end of the stream), first moving the batch being cut to the front of the buffer
     * (growing the buffer when the batch fills it); returns how far the bytes moved.
     */
    private int more() throws IOException {
        if (eof) {
            return 0;
        }
        int shift = mark;
        if (shift > 0) {
            System.arraycopy(buf, shift, buf, 0, limit - shift);
            mark = 0;
            pos -= shift;
            limit -= shift;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int before = limit;
        while (limit == before && !eof) {
            fill();
        }
        return shift;
    }

    private void fill() throws IOException {
        int r = in.read(buf, limit, buf.length - limit);
        if (r < 0) {
            eof = true;
        } else {
            limit += r;
        }
    }
}
