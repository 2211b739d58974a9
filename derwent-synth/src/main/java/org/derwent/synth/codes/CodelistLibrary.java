package org.derwent.synth.codes;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.derwent.model.code.CodeSystem;

/**
 * Reads codelists from a directory (the repository's {@code reference/codelists}; local lists live in its
 * {@code local/} sub-directory). Codelists are read at run time from the Derwent home, not from the classpath,
 * so that a deployment can update a list without a rebuild. Each file is read once.
 */
public final class CodelistLibrary {
    private static final CsvMapper CSV = new CsvMapper();
    private final Path dir;
    private final Map<String, Codelist> loaded = new LinkedHashMap<>();

    public CodelistLibrary(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("codelist directory not found: " + dir);
        }
        this.dir = dir;
    }

    /** The default directory under a Derwent home: {@code <home>/reference/codelists}. */
    public static Path defaultDir(Path home) {
        return home.resolve("reference").resolve("codelists");
    }

    public Path dir() {
        return dir;
    }

    /** The list in {@code fileName} (relative to the directory, e.g. {@code local/local-statins-dmd.csv}). */
    public synchronized Codelist get(String fileName, CodeSystem system) {
        Codelist cached = loaded.get(fileName);
        if (cached != null) {
            if (cached.system() != system) {
                throw new IllegalStateException(fileName + " requested as " + system + " but loaded as " + cached.system());
            }
            return cached;
        }
        Codelist list = new Codelist(fileName, system, read(dir.resolve(fileName)));
        if (list.terms().isEmpty()) {
            throw new IllegalStateException("codelist " + dir.resolve(fileName) + " has no codes");
        }
        loaded.put(fileName, list);
        return list;
    }

    /** Every list loaded so far, in load order. */
    public synchronized Collection<Codelist> loaded() {
        return java.util.List.copyOf(loaded.values());
    }

    private static Map<String, String> read(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("codelist file not found: " + file);
        }
        Map<String, String> terms = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            long line = 1;
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                line++;
                String code = first(row, "code", "dmd_id", "id");
                if (code == null || code.isBlank()) {
                    throw new IllegalArgumentException(file + " line " + line + ": no code in columns code, dmd_id or id");
                }
                String term = first(row, "term", "dmd_name", "description");
                terms.putIfAbsent(code.trim(), term == null ? "" : term);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read codelist " + file, e);
        }
        return terms;
    }

    private static String first(Map<String, String> row, String... columns) {
        for (String c : columns) {
            String v = row.get(c);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
