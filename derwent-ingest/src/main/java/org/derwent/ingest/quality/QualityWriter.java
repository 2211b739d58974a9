package org.derwent.ingest.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes a {@link QualityReport} as {@code quality.json} and {@code quality.md}. */
public final class QualityWriter {
    private QualityWriter() {
    }

    /** Writes both files into {@code dir} (created if needed); returns the Markdown path. */
    public static Path write(QualityReport r, Path dir) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("quality.json").toFile(), r);
        Path md = dir.resolve("quality.md");
        Files.writeString(md, markdown(r));
        return md;
    }

    static String markdown(QualityReport r) {
        StringBuilder s = new StringBuilder();
        s.append("# Data quality\n\nStore: `").append(r.store()).append("`  \nGenerated: ").append(r.generatedAt())
                .append("  \nExtract date: ").append(r.extractDate()).append("\n\n");
        section(s, "Loads", r.loads());
        section(s, "Completeness (people, by registered practice; `UNKNOWN` = no English practice)", r.completeness());
        section(s, "Validity: code format by table, code system and source organisation", r.validity().get("codes"));
        section(s, "Validity: plausible observation values", r.validity().get("values"));
        section(s, "Consistency: events before birth or after death", r.consistency().get("events_outside_life"));
        section(s, "Consistency: sex-specific codes recorded for the other sex", r.consistency().get("sex_specific_codes"));
        section(s, "Uniqueness: repeated record ids (quarantined)", r.uniqueness().get("repeated_ids_quarantined"));
        section(s, "Uniqueness: duplicate rows under different ids", r.uniqueness().get("duplicate_rows"));
        section(s, "Timeliness: latest event per source organisation", r.timeliness());
        return s.toString();
    }

    private static void section(StringBuilder s, String title, List<Map<String, Object>> rows) {
        s.append("## ").append(title).append("\n\n");
        if (rows == null || rows.isEmpty()) {
            s.append("None.\n\n");
            return;
        }
        List<String> cols = List.copyOf(rows.get(0).keySet());
        s.append("| ").append(String.join(" | ", cols)).append(" |\n|");
        cols.forEach(c -> s.append("---|"));
        s.append('\n');
        for (Map<String, Object> row : rows) {
            s.append("| ");
            for (String c : cols) {
                s.append(String.valueOf(row.get(c)).replace("|", "\\|")).append(" | ");
            }
            s.setLength(s.length() - 1);
            s.append('\n');
        }
        s.append('\n');
    }
}
