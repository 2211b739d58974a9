package org.derwent.ingest.pseudo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where the pseudonymisation key comes from: an explicit key file, else the environment variable
 * {@code DERWENT_KEY}, else the default key file ({@code ~/.derwent/key}), created with 32 random bytes on first
 * use (owner-only permissions). Key files hold the key as hex. The key never goes into the store.
 */
public final class KeyFile {
    /** Environment variable that may hold the key (hex, or any text of at least 16 bytes). */
    public static final String ENV = "DERWENT_KEY";

    private KeyFile() {
    }

    /** Default key file: {@code ~/.derwent/key}. */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".derwent", "key");
    }

    /** The key from {@code explicit} (created if missing), else {@code DERWENT_KEY}, else the default file. */
    public static byte[] resolve(Path explicit) {
        if (explicit != null) {
            return readOrCreate(explicit);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return decode(env.trim());
        }
        return readOrCreate(defaultPath());
    }

    /** Reads the key in {@code file}, creating the file with a new random key when it does not exist. */
    public static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the pseudonymisation key file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        try {
            Files.createFile(abs);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        try {
            Files.setPosixFilePermissions(abs, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Non-POSIX file systems keep their default permissions.
        }
        Files.writeString(abs, HexFormat.of().formatHex(key) + "\n", StandardCharsets.UTF_8);
    }

    private static byte[] decode(String text) {
        if (text.length() >= 32 && text.length() % 2 == 0 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return HexFormat.of().parseHex(text);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
