package org.derwent.ingest.csv;

import java.util.Map;
import org.derwent.ingest.source.SourceFile;
import org.derwent.model.extract.ExtractTable;

/**
 * A plain CSV file's physical lines held in a session-local temporary table, in file order: the line of a row is its
 * {@code rowid - base + 1} ({@code base} is 0 for a table created outside a transaction). {@code lines} counts the
 * data lines (not the header, not blank lines). Made by {@link PlainCsvReader#lines}.
 */
public record FileLines(SourceFile file, String temp, long base, long lines, ExtractTable table,
                        Map<String, Integer> index, int width, LineSql sql) {
    /** Whether the record id is the file's first column (so {@code FileHash.Scan.firstFieldsDistinct} is about ids). */
    public boolean idFirst() {
        return Integer.valueOf(0).equals(index.get("id"));
    }

    /** The data lines as a relation {@code x(line, txt, f)}: the line number, the whole line and its comma-split fields. */
    String relation() {
        return "(SELECT rowid - " + base + " + 1 AS line, txt, string_split(txt, ',') AS f FROM " + temp
                + " WHERE rowid > " + base + " AND txt IS NOT NULL) x";
    }
}
