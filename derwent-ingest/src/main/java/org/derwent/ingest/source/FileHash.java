package org.derwent.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.derwent.ingest.LoadException;

/** SHA-256 of a file's bytes: the key of the {@code source_file} table (same content = already loaded). */
public final class FileHash {
    /**
     * Bytes that make a file not plain (see {@link Scan}): bit 1 for a control byte but line feed, '"', 0xE1-0xE3;
     * bit 2 for a control byte but line feed; bit 16 for a backslash (the file is then not compact JSON lines).
     */
    private static final byte[] NOT_PLAIN = new byte[256];
    /** Bit 4 for a byte that may precede a JSON value: ':', ',', '['; bit 8 for ','. */
    private static final byte[] BEFORE = new byte[256];
    /**
     * Bit 4 for a byte that may begin a token DuckDB's JSON reader takes and Jackson's does not (NaN, Infinity, in any
     * case, or a minus before one) or white space; bit 8 for a closing bracket (a trailing comma). See {@link Scan}.
     */
    private static final byte[] AFTER = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            boolean control = b < 0x20 && b != '\n';
            NOT_PLAIN[b] = (byte) ((control || b == '"' || (b >= 0xE1 && b <= 0xE3) ? 1 : 0) | (control ? 2 : 0) | (b == '\\' ? 16 : 0));
            BEFORE[b] = (byte) ((b == ':' || b == ',' || b == '[' ? 4 : 0) | (b == ',' ? 8 : 0));
            AFTER[b] = (byte) (("-nNiI ".indexOf(b) >= 0 ? 4 : 0) | (b == ']' || b == '}' ? 8 : 0));
        }
    }

    private FileHash() {
    }

    /**
     * A file's hash and whether it is plain text for the line-based CSV reader: one record per line, no double
     * quote, no carriage return or other control byte than line feed, no lead byte (0xE1-0xE3) of a Unicode space.
     * {@code firstFieldsDistinct} is true only when the first fields were collected and proven all different (the
     * non-empty first field of every line after the header).
     *
     * <p>{@code compactJson}: no control byte but line feed, no backslash (so no string escapes), and no byte pair
     * that could be outside a string where DuckDB's lenient JSON reader and Jackson disagree: {@code :} {@code ,} or
     * {@code [} followed by {@code -}, {@code n}, {@code N}, {@code i}, {@code I} or a space (NaN and Infinity in any
     * case, or white space before them), or {@code ,} followed by {@code ]} or {@code }} (a trailing comma). Compact
     * FHIR NDJSON (minified, no nulls, no negative numbers) has none. {@code lines}: no control byte but line feed.
     */
    public record Scan(String sha256, boolean plain, boolean firstFieldsDistinct, boolean lines, boolean compactJson) {
    }

    public static String sha256(Path file) {
        return scan(file, false).sha256();
    }

    /**
     * Hashes the file and checks it is plain (see {@link Scan}) in one pass; with {@code firstFields}, also proves
     * (or not) that the first fields of its lines after the header are all different.
     */
    public static Scan scan(Path file, boolean firstFields) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            FirstFields ids = firstFields ? new FirstFields() : null;
            byte[] buf = new byte[1 << 16];
            int bad = 0;
            int prev = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                if (bad != 31) {
                    bad |= notPlain(buf, n, prev);
                    prev = buf[n - 1] & 0xFF;
                }
                if (ids != null) {
                    ids.update(buf, n);
                }
            }
            return new Scan(HexFormat.of().formatHex(md.digest()), (bad & 1) == 0, ids != null && ids.distinct(),
                    (bad & 2) == 0, (bad & 30) == 0);
        } catch (IOException e) {
            throw new LoadException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The {@link #NOT_PLAIN} bits of the buffer's bytes, or'd with the bits of its byte pairs ({@link #BEFORE} and
     * {@link #AFTER}; {@code prev} is the byte before the buffer). Branch-free, so the loop stays cheap.
     */
    private static int notPlain(byte[] buf, int n, int prev) {
        int bad = 0;
        int p = prev;
        for (int i = 0; i < n; i++) {
            int b = buf[i] & 0xFF;
            bad |= NOT_PLAIN[b] | (BEFORE[p] & AFTER[b]);
            p = b;
        }
        return bad;
    }
}
