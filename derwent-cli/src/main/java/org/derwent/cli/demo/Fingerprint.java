package org.derwent.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A SHA-256 over what a demo step's result depends on: the bytes of the compiled classes under some package
 * prefixes (read from the running jar or classes directory, so a rebuild with unchanged code keeps the same
 * fingerprint), the contents of input files, and the names, sizes and modification times of large data files.
 */
final class Fingerprint {
    private final MessageDigest sha;

    Fingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    Fingerprint text(String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return this;
    }

    /** Class files whose path starts with one of {@code prefixes} (e.g. {@code org/derwent/ingest/}). */
    Fingerprint code(List<String> prefixes) {
        Path src = codeSource();
        TreeMap<String, byte[]> classes = new TreeMap<>();
        try {
            if (Files.isDirectory(src)) {
                try (Stream<Path> walk = Files.walk(src)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        String name = src.relativize(p).toString().replace('\\', '/');
                        if (prefixes.stream().anyMatch(name::startsWith)) {
                            classes.put(name, Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(src.toFile())) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (!e.isDirectory() && prefixes.stream().anyMatch(e.getName()::startsWith)) {
                            try (InputStream in = jar.getInputStream(e)) {
                                classes.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the code in " + src + " to fingerprint it: " + e.getMessage(), e);
        }
        classes.forEach((name, bytes) -> {
            text(name);
            sha.update(bytes);
        });
        return text("classes:" + classes.size());
    }

    /** Every regular file under {@code dir} (or the file itself), by relative name and content. */
    Fingerprint contents(Path dir) {
        return files(dir, true);
    }

    /** Every regular file under {@code dir} by relative name, size and modification time (contents not read). */
    Fingerprint stats(Path dir) {
        return files(dir, false);
    }

    private Fingerprint files(Path dir, boolean content) {
        if (!Files.exists(dir)) {
            return text("absent:" + dir.getFileName());
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                text(dir.relativize(p).toString());
                if (content) {
                    sha.update(Files.readAllBytes(p));
                } else {
                    text(Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir + " to fingerprint it: " + e.getMessage(), e);
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Path codeSource() {
        try {
            return Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the running code: " + e.getMessage(), e);
        }
    }
}
