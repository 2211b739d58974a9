package org.derwent.risk.frailty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Supplies the codes of a codelist by file name (as named in the eFI and CMS definitions). The measure engine can
 * supply its own; {@link #directory(Path)} reads OpenCodelists CSV files such as those in reference/codelists.
 */
@FunctionalInterface
public interface CodelistSource {
    /**
     * The codes of the named codelist.
     *
     * @throws IllegalArgumentException naming the codelist when it cannot be found or read
     */
    Set<String> codes(String codelist);

    /**
     * Reads {@code DIR/<name>}: a CSV with a header holding a {@code code} column (OpenCodelists format). Files are
     * read once and cached.
     */
    static CodelistSource directory(Path dir) {
        Map<String, Set<String>> cache = new ConcurrentHashMap<>();
        return name -> cache.computeIfAbsent(name, n -> read(dir.resolve(n)));
    }

    private static Set<String> read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            String[] cols = header == null ? new String[0] : header.replace("\uFEFF", "").split(",");
            int col = -1;
            for (int i = 0; i < cols.length; i++) {
                if (cols[i].trim().equals("code")) {
                    col = i;
                }
            }
            if (col < 0) {
                throw new IllegalArgumentException("codelist " + file + " line 1: no 'code' column in the header");
            }
            Set<String> codes = new HashSet<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    String code = firstFields(line, col + 1)[col].trim();
                    if (!code.isEmpty()) {
                        codes.add(code);
                    }
                }
            }
            return Set.copyOf(codes);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("codelist file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read codelist " + file, e);
        }
    }

    /** The first {@code n} fields of a CSV line (quotes respected). */
    private static String[] firstFields(String line, int n) {
        String[] out = new String[n];
        Arrays.fill(out, "");
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int field = 0;
        for (int i = 0; i < line.length() && field < n; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out[field++] = cur.toString();
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (field < n) {
            out[field] = cur.toString();
        }
        return out;
    }
}
