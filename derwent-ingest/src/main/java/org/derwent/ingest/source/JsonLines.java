package org.derwent.ingest.source;

/**
 * The shape of a file of JSON lines: how many lines it has, how long the longest is, and whether it is
 * <em>compact</em>: no control byte but line feed and no backslash (so no string escapes, and every double quote opens
 * or closes a string), and, outside strings, no byte pair where DuckDB's lenient JSON reader and Jackson disagree or
 * where a value is null: {@code :} {@code ,} or {@code [} followed by {@code -}, {@code n}, {@code N}, {@code i},
 * {@code I} or a space (null, NaN and Infinity in any case, a negative number, or white space before a value), or
 * {@code ,} followed by {@code ]} or {@code }} (a trailing comma). Minified FHIR NDJSON without nulls or negative
 * numbers is compact, whatever its strings hold.
 *
 * @param lines   lines in the file (a last line without a line feed counts; an empty file has none)
 * @param longest bytes in the longest line, its line feed not counted
 */
public record JsonLines(boolean compact, long lines, long longest) {
    /**
     * Measures a file (on its own thread, beside the hash: see {@code Loader}). A first pass looks for the byte pairs
     * anywhere, strings included, which is cheap; only when it finds one does a second pass tell strings apart.
     */
    public static JsonLines of(java.nio.file.Path file) {
        JsonLines quick = scan(file, false);
        return quick.compact() ? quick : scan(file, true);
    }

    private static JsonLines scan(java.nio.file.Path file, boolean strings) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            Scanner shape = new Scanner(strings);
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                shape.update(buf, n);
            }
            return shape.result();
        } catch (java.io.IOException e) {
            throw new org.derwent.ingest.LoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Bit 1 for a control byte but line feed, or a backslash. */
    private static final byte[] BAD = new byte[256];
    /** 1 for a double quote (it opens or closes a string). */
    private static final byte[] QUOTE = new byte[256];
    /** 0 for a line feed (a string never runs on to the next line), else 1. */
    private static final byte[] KEEP = new byte[256];
    /** Bit 2 for a byte that may precede a JSON value: ':', ',', '['; bit 4 for ','. */
    private static final byte[] BEFORE = new byte[256];
    /** Bit 2 for a byte that begins null, NaN, Infinity or a minus, or a space; bit 4 for a closing bracket. */
    private static final byte[] AFTER = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            BAD[b] = (byte) ((b < 0x20 && b != '\n') || b == '\\' ? 1 : 0);
            QUOTE[b] = (byte) (b == '"' ? 1 : 0);
            KEEP[b] = (byte) (b == '\n' ? 0 : 1);
            BEFORE[b] = (byte) ((b == ':' || b == ',' || b == '[' ? 2 : 0) | (b == ',' ? 4 : 0));
            AFTER[b] = (byte) (("-nNiI ".indexOf(b) >= 0 ? 2 : 0) | (b == ']' || b == '}' ? 4 : 0));
        }
    }

    /** Measures a file's bytes, buffer by buffer, in order (branch-free per byte, so hashing stays cheap). */
    private static final class Scanner {
        private int bad;
        private int prev = '\n';
        /** Whether the pairs count outside strings only (else anywhere, which may find pairs that are in strings). */
        private final boolean strings;
        /** 1 while inside a string. */
        private int string;
        private long newlines;
        /** Bytes of the current line so far. */
        private long run;
        private long longest;

        Scanner(boolean strings) {
            this.strings = strings;
        }

        void update(byte[] buf, int n) {
            if (strings) {
                outsideStrings(buf, n);
            } else {
                anywhere(buf, n);
            }
            prev = buf[n - 1] & 0xFF;
            int start = 0;
            for (int lf = Bytes.nextLineFeed(buf, 0, n); lf < n; lf = Bytes.nextLineFeed(buf, lf + 1, n)) {
                longest = Math.max(longest, run + lf - start);
                run = 0;
                start = lf + 1;
                newlines++;
            }
            run += n - start;
            longest = Math.max(longest, run);
        }

        private void anywhere(byte[] buf, int n) {
            int b0 = bad;
            int p = prev;
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xFF;
                b0 |= BAD[b] | (BEFORE[p] & AFTER[b]);
                p = b;
            }
            bad = b0;
        }

        private void outsideStrings(byte[] buf, int n) {
            int b0 = bad;
            int p = prev;
            int st = string;
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xFF;
                st = (st ^ QUOTE[b]) & KEEP[b];
                // st - 1 is all ones outside a string, zero inside
                b0 |= BAD[b] | (BEFORE[p] & AFTER[b] & (st - 1));
                p = b;
            }
            bad = b0;
            string = st;
        }

        JsonLines result() {
            return new JsonLines(bad == 0, newlines + (prev == '\n' ? 0 : 1), longest);
        }
    }
}
