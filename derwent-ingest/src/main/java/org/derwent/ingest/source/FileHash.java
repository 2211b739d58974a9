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
    private FileHash() {
    }

    /**
     * A file's hash and whether it is plain text for the line-based CSV reader: one record per line, no double
     * quote, no carriage return or other control byte than line feed, no lead byte (0xE1-0xE3) of a Unicode space.
     */
    public record Scan(String sha256, boolean plain) {
    }

    public static String sha256(Path file) {
        return scan(file).sha256();
    }

    /** Hashes the file and checks it is plain (see {@link Scan}) in one pass. */
    public static Scan scan(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            boolean plain = true;
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                if (plain) {
                    plain = plain(buf, n);
                }
            }
            return new Scan(HexFormat.of().formatHex(md.digest()), plain);
        } catch (IOException e) {
            throw new LoadException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean plain(byte[] buf, int n) {
        for (int i = 0; i < n; i++) {
            int b = buf[i] & 0xFF;
            if ((b < 0x20 && b != '\n') || b == '"' || (b >= 0xE1 && b <= 0xE3)) {
                return false;
            }
        }
        return true;
    }
}
