package org.derwent.ingest.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.derwent.ingest.LoadException;
import org.derwent.model.extract.ExtractTable;

/**
 * Turns the command's SOURCE arguments (files or directories, walked recursively) into input files and
 * detects each format: {@code *.ndjson} is Bulk NDJSON, {@code *.json} a FHIR document, {@code *.csv} a table of
 * the flat extract named by its file name. A {@code .gz} suffix is allowed. Other files are listed as ignored.
 */
public final class SourceScanner {
    private final List<SourceFile> files = new ArrayList<>();
    private final List<Path> ignored = new ArrayList<>();

    public static SourceScanner scan(List<Path> sources) {
        SourceScanner s = new SourceScanner();
        for (Path p : sources) {
            if (!Files.exists(p)) {
                throw new LoadException("source " + p + " does not exist");
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(f -> s.add(p, f));
                } catch (IOException e) {
                    throw new LoadException("cannot list source directory " + p + ": " + e.getMessage(), e);
                }
            } else {
                s.add(p.toAbsolutePath().getParent(), p);
            }
        }
        return s;
    }

    public List<SourceFile> files() {
        return List.copyOf(files);
    }

    public List<Path> ignored() {
        return List.copyOf(ignored);
    }

    private void add(Path root, Path file) {
        String fileName = file.getFileName().toString();
        String base = fileName.toLowerCase(Locale.ROOT);
        if (base.endsWith(".gz")) {
            base = base.substring(0, base.length() - 3);
        }
        String name = root == null ? file.toString() : root.toAbsolutePath().relativize(file.toAbsolutePath()).toString();
        if (base.endsWith(".ndjson")) {
            files.add(new SourceFile(file, name, Format.FHIR_NDJSON, Optional.empty()));
        } else if (base.endsWith(".json")) {
            Format f = sniffJson(file);
            if (f == null) {
                ignored.add(file);
            } else {
                files.add(new SourceFile(file, name, f, Optional.empty()));
            }
        } else if (base.endsWith(".csv")) {
            String tableName = base;
            Optional<ExtractTable> table = ExtractTable.ofFileName(tableName);
            if (table.isEmpty()) {
                throw new LoadException("CSV file " + file + " is not a table of the flat extract (expected one of "
                        + Stream.of(ExtractTable.values()).map(ExtractTable::fileName).toList() + ")");
            }
            files.add(new SourceFile(file, name, Format.CSV_EXTRACT, table));
        } else {
            ignored.add(file);
        }
    }

    /**
     * A {@code .json} file whose first line is a whole resource and is followed by more is NDJSON named .json; one
     * with no {@code "resourceType"} in its first 64 KiB is not FHIR (e.g. a generator's manifest.json): null.
     */
    private static Format sniffJson(Path file) {
        try (BufferedReader r = Utf8.reader(file)) {
            r.mark(1 << 16);
            char[] head = new char[1 << 16];
            int n = r.read(head);
            if (n <= 0 || !new String(head, 0, n).contains("\"resourceType\"")) {
                return null;
            }
            r.reset();
            String first = Utf8.stripBom(r.readLine());
            String second = r.readLine();
            if (first != null && second != null && first.trim().startsWith("{") && first.trim().endsWith("}")
                    && second.trim().startsWith("{\"resourceType\"")) {
                return Format.FHIR_NDJSON;
            }
            return Format.FHIR_JSON;
        } catch (IOException e) {
            throw new LoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
