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

    /**
     * The data lines as a relation {@code x(line, txt, n, c1 ... c<width>)}: the line number, the whole line, its
     * number of comma-separated fields and each field.
     */
    String relation() {
        return fields("SELECT rowid - " + base + " + 1 AS line, txt FROM " + temp + " WHERE rowid > " + base
                + " AND txt IS NOT NULL", width);
    }

    /**
     * Splits the lines of {@code lines} (a query of {@code line, txt}) into the relation {@code x(line, txt, n, c1 ...
     * c<width>)}. The fields leave the split as separate columns, not as one list: a list column carried through the
     * predicate's filter and the patient join is copied row by row (an insert of 3 M encounter lines took about 35 %
     * less CPU this way; at 16 M lines writing the store's columns dominates and the difference is within noise).
     */
    static String fields(String lines, int width) {
        StringBuilder cols = new StringBuilder();
        for (int i = 1; i <= width; i++) {
            cols.append(", f[").append(i).append("] AS c").append(i);
        }
        return "(SELECT line, txt, len(f) AS n" + cols + " FROM (SELECT line, txt, string_split(txt, ',') AS f FROM ("
                + lines + ") l) s) x";
    }
}
