/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.qrisk3.Qrisk3;
import org.derwent.qrisk3.Qrisk3InputException;
import org.derwent.qrisk3.Qrisk3Result;

/**
 * Scores a CSV of QRISK3 inputs: writes every input column unchanged, then {@code qrisk3_score} (percent, four
 * decimals), {@code imputed} (imputed inputs separated by {@code ;}) and {@code error}. A row that cannot be scored
 * gets an empty score and an error naming line, column and value; in strict mode the first such row stops the run
 * with a {@link Qrisk3CsvException} instead.
 */
public final class Qrisk3CsvScorer {
    /** Columns the scorer appends; an input file must not already have them. */
    public static final Set<String> OUTPUT_COLUMNS = Set.of("qrisk3_score", "imputed", "error");
    private static final int MAX_ERRORS_KEPT = 10;

    private final Qrisk3 qrisk3;
    private final boolean strict;

    public Qrisk3CsvScorer(Qrisk3 qrisk3, boolean strict) {
        this.qrisk3 = qrisk3;
        this.strict = strict;
    }

    /**
     * Scores every row of {@code in} into {@code out}.
     *
     * @param source names the input in messages (a file name)
     * @throws Qrisk3CsvException for an unreadable header, a malformed line, or (strict mode) a bad row
     */
    public CsvSummary score(BufferedReader in, Writer out, String source) {
        try {
            return run(in, out, source);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    private CsvSummary run(BufferedReader in, Writer out, String source) throws IOException {
        String headerLine = in.readLine();
        if (headerLine == null) {
            throw new Qrisk3CsvException(source + ": the file is empty (expected a header line)", null);
        }
        if (headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        Qrisk3Header header;
        try {
            header = Qrisk3Header.of(CsvFields.split(headerLine));
        } catch (IllegalArgumentException e) {
            throw new Qrisk3CsvException(source + " line 1 (header): " + e.getMessage(), e);
        }
        out.write(headerLine + ",qrisk3_score,imputed,error\n");
        long rows = 0;
        long scored = 0;
        long withImputation = 0;
        Map<String, Long> imputed = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        StringBuilder sb = new StringBuilder(256);
        long lineNo = 1;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            rows++;
            sb.setLength(0);
            String error;
            try {
                List<String> row = fields(line, header);
                Qrisk3Result r = qrisk3.score(Qrisk3RowParser.parse(row, header));
                scored++;
                if (r.anyImputed()) {
                    withImputation++;
                    r.imputed().forEach(t -> imputed.merge(t, 1L, Long::sum));
                }
                appendRow(sb, row);
                appendFourDecimals(sb, r.score());
                sb.append(',').append(String.join(";", r.imputed()))
                        .append(',');
                error = null;
            } catch (Qrisk3InputException e) {
                error = "line " + lineNo + ", column '" + e.field() + "', value '" + e.value() + "': expected "
                        + e.expected();
                if (strict) {
                    throw new Qrisk3CsvException(source + " " + error, e);
                }
                appendRow(sb, CsvFields.split(line));
                sb.append(",,");
                CsvFields.append(sb, error);
            } catch (IllegalArgumentException e) {
                error = "line " + lineNo + ": " + e.getMessage();
                if (strict) {
                    throw new Qrisk3CsvException(source + " " + error, e);
                }
                appendRow(sb, padded(line, header.width()));
                sb.append(",,");
                CsvFields.append(sb, error);
            }
            if (error != null && errors.size() < MAX_ERRORS_KEPT) {
                errors.add(error);
            }
            out.write(sb.append('\n').toString());
        }
        out.flush();
        return new CsvSummary(rows, scored, withImputation, imputed, errors, header.passedThrough());
    }

    /** The line's fields cut or padded to the header's width, so an error row keeps the file's shape. */
    private static List<String> padded(String line, int width) {
        List<String> row;
        try {
            row = new ArrayList<>(CsvFields.split(line));
        } catch (IllegalArgumentException e) {
            row = new ArrayList<>();
        }
        while (row.size() < width) {
            row.add("");
        }
        return row.subList(0, width);
    }

    private static List<String> fields(String line, Qrisk3Header header) {
        List<String> row = CsvFields.split(line);
        if (row.size() != header.width()) {
            throw new IllegalArgumentException("has " + row.size() + " fields but the header has " + header.width());
        }
        return row;
    }

    /** Appends a non-negative number rounded to four decimals (String.format is ten times slower). */
    static void appendFourDecimals(StringBuilder sb, double v) {
        long x = Math.round(v * 10_000);
        long frac = x % 10_000;
        sb.append(x / 10_000).append('.');
        for (long p = 1000; p > frac && p > 1; p /= 10) {
            sb.append('0');
        }
        sb.append(frac);
    }

    private static void appendRow(StringBuilder sb, List<String> row) {
        for (String f : row) {
            CsvFields.append(sb, f);
            sb.append(',');
        }
    }
}
