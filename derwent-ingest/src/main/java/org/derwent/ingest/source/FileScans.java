package org.derwent.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.derwent.ingest.LoadException;

/** The scans of a load's files before reading: hashes, plainness, first fields and the shape of JSON lines. */
public final class FileScans {
    private FileScans() {
    }

    /**
     * Hashes (and checks for plainness) every file, several at a time on {@code threads} threads, the largest first; a
     * file that cannot be read stops the load. For the files in {@code ids} (those that may go straight into the
     * store) the first fields are collected too (see {@link FileHash.Scan}); for the files {@code json} accepts, the
     * shape of their lines is measured on another thread while they are hashed ({@link JsonLines}). Returns the scans
     * in the order of {@code files}.
     */
    public static Map<SourceFile, FileHash.Scan> all(List<SourceFile> files, Set<SourceFile> ids,
                                                     Predicate<SourceFile> json, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<SourceFile, CompletableFuture<FileHash.Scan>> byFile = new LinkedHashMap<>();
            files.forEach(f -> byFile.put(f, null));
            for (SourceFile f : files.stream().sorted(Comparator.comparingLong(FileScans::size).reversed()).toList()) {
                boolean firstFields = ids.contains(f);
                var hash = CompletableFuture.supplyAsync(() -> FileHash.scan(f.path(), firstFields), pool);
                if (json.test(f)) {
                    hash = hash.thenCombine(CompletableFuture.supplyAsync(() -> JsonLines.of(f.path()), pool),
                            FileHash.Scan::withJson);
                }
                byFile.put(f, hash);
            }
            Map<SourceFile, FileHash.Scan> out = new LinkedHashMap<>();
            for (Map.Entry<SourceFile, CompletableFuture<FileHash.Scan>> e : byFile.entrySet()) {
                out.put(e.getKey(), e.getValue().get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new LoadException("cannot hash input: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted while hashing the input", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long size(SourceFile f) {
        try {
            return Files.size(f.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
