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
    /** Bytes that make a file not plain (see {@link Scan}): 1 for a control byte but line feed, '"', 0xE1-0xE3. */
    private static final byte[] NOT_PLAIN = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            NOT_PLAIN[b] = (byte) ((b < 0x20 && b != '\n') || b == '"' || (b >= 0xE1 && b <= 0xE3) ? 1 : 0);
        }
    }

    private FileHash() {
    }

    /**
     * A file's hash and whether it is plain text for the line-based CSV reader: one record per line, no double
     * quote, no carriage return or other control byte than line feed, no lead byte (0xE1-0xE3) of a Unicode space.
     * {@code firstFieldsDistinct} is true only when the first fields were collected and proven all different (the
     * non-empty first field of every line after the header). {@code json} is the shape of the lines, for a file
     * scanned as JSON lines (else null).
     */
    public record Scan(String sha256, boolean plain, boolean firstFieldsDistinct, JsonLines json) {
        /** This scan with the shape of the file's lines. */
        public Scan withJson(JsonLines shape) {
            return new Scan(sha256, plain, firstFieldsDistinct, shape);
        }
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
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                if (bad == 0) {
                    bad = notPlain(buf, n);
                }
                if (ids != null) {
                    ids.update(buf, n);
                }
            }
            return new Scan(HexFormat.of().formatHex(md.digest()), bad == 0, ids != null && ids.distinct(), null);
        } catch (IOException e) {
            throw new LoadException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Non-zero when the buffer holds a byte that is not plain (branch-free, so the loop stays cheap). */
    private static int notPlain(byte[] buf, int n) {
        int bad = 0;
        for (int i = 0; i < n; i++) {
            bad |= NOT_PLAIN[buf[i] & 0xFF];
        }
        return bad;
    }
}
