package org.derwent.risk.features;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.derwent.risk.RiskException;

/** Reads the code column of an OpenCodelists CSV file ({@code code}, else {@code dmd_id}, else {@code id}). */
public final class Codelists {
    private Codelists() {
    }

    /** The distinct codes of a codelist file, in file order. */
    public static Set<String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RiskException("cannot read codelist " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new RiskException("codelist " + file + " is empty (no header line)");
        }
        List<String> header = split(lines.get(0).replace("\uFEFF", ""));
        int col = header.indexOf("code");
        if (col < 0) {
            col = header.indexOf("dmd_id");
        }
        if (col < 0) {
            col = header.indexOf("id");
        }
        if (col < 0) {
            throw new RiskException("codelist " + file + " line 1: no 'code', 'dmd_id' or 'id' column in " + header);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = split(lines.get(i));
            if (col >= fields.size() || fields.get(col).isBlank()) {
                throw new RiskException("codelist " + file + " line " + (i + 1) + ": no value in column "
                        + header.get(col));
            }
            codes.add(fields.get(col).trim());
        }
        return codes;
    }

    /** Splits one RFC 4180 CSV line (quoted fields may hold commas and doubled quotes). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
