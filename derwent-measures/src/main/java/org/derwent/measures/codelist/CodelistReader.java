package org.derwent.measures.codelist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an OpenCodelists CSV: the code column is {@code code} (else {@code dmd_id}, else the first column).
 * The coding system is given by the definition or inferred from the file name suffix
 * ({@code -snomed}, {@code -dmd}, {@code -icd10}, {@code -opcs4}).
 */
public final class CodelistReader {
    /** Coding systems the store uses (docs/data-model.md). */
    public static final Set<String> SYSTEMS = Set.of("snomed", "dmd", "icd10", "opcs4");

    private CodelistReader() {
    }

    /** The system named by the file name, if any. */
    public static Optional<String> inferSystem(String path) {
        String base = Path.of(path).getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.csv$", "");
        for (String s : SYSTEMS) {
            if (base.endsWith("-" + s) || base.endsWith("_" + s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Reads the codes; ICD-10 codes are normalised without the dot ({@code W01.0} -> {@code W010}). */
    public static Codelist read(String name, String system, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> codes = new LinkedHashSet<>();
        if (!lines.isEmpty()) {
            List<String> header = CsvLine.split(stripBom(lines.get(0)).trim());
            int col = header.indexOf("code");
            if (col < 0) {
                col = Math.max(0, header.indexOf("dmd_id"));
            }
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = CsvLine.split(line.strip());
                String code = col < cells.size() ? cells.get(col).trim() : "";
                if (!code.isEmpty()) {
                    codes.add(normalise(system, code));
                }
            }
        }
        return new Codelist(name, system, file.toString(), codes);
    }

    /** The form a code is compared in: ICD-10 without dots, upper case; others as given. */
    public static String normalise(String system, String code) {
        return "icd10".equals(system) ? code.replace(".", "").toUpperCase(Locale.ROOT) : code;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
