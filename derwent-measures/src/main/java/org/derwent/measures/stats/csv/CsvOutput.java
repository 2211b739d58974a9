package org.derwent.measures.stats.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** An output table: header and rows of text, written as RFC 4180 CSV. Numbers keep 6 decimal places at most. */
public final class CsvOutput {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public CsvOutput(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Adds a row; it must have one cell per header column. */
    public void add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalStateException("row has " + row.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(row));
    }

    /** Adds a note for the user (printed on standard error by the command, not written to the CSV). */
    public void note(String note) {
        notes.add(note);
    }

    /** Notes such as SPC trial-limit warnings. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** The cell of {@code column} in row {@code row}. */
    public String cell(int row, String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return rows.get(row).get(i);
    }

    /** Writes the table. */
    public void write(Writer out) {
        try {
            writeLine(out, header);
            for (List<String> r : rows) {
                writeLine(out, r);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                out.write('"' + c.replace("\"", "\"\"") + '"');
            } else {
                out.write(c);
            }
        }
        out.write('\n');
    }

    /** A number with at most 6 decimals and no exponent; blank for NaN. */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        BigDecimal d = new BigDecimal(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** A number or blank. */
    public static String num(OptionalDouble v) {
        return v.isPresent() ? num(v.getAsDouble()) : "";
    }
}
