package org.derwent.measures.result;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes result rows as CSV, XLSX (fastexcel) or Parquet (DuckDB COPY), chosen by the file extension. */
public final class ResultExport {
    private ResultExport() {
    }

    public static void write(Path file, List<MeasureRow> rows) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            if (name.endsWith(".csv")) {
                csv(file, rows);
            } else if (name.endsWith(".xlsx")) {
                xlsx(file, rows);
            } else if (name.endsWith(".parquet")) {
                parquet(file, rows);
            } else {
                throw new IllegalArgumentException("output file " + file + " must end in .csv, .xlsx or .parquet");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void csv(Path file, List<MeasureRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", MeasureRow.COLUMNS));
            w.write('\n');
            for (MeasureRow r : rows) {
                Object[] cells = cells(r);
                for (int i = 0; i < cells.length; i++) {
                    w.write(i > 0 ? "," : "");
                    w.write(quote(cells[i]));
                }
                w.write('\n');
            }
        }
    }

    static Object[] cells(MeasureRow r) {
        return new Object[] {r.indicatorId(), r.periodEnd(), r.breakdown(), r.groupCode(), r.groupName(), r.numerator(),
            r.denominator(), r.value(), r.lower95(), r.upper95(), r.funnelFlag(), r.suppressed()};
    }

    private static String quote(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof Double d ? (d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString()) : v.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void xlsx(Path file, List<MeasureRow> rows) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "Derwent", "1.0");
            Worksheet ws = wb.newWorksheet("measure_result");
            for (int c = 0; c < MeasureRow.COLUMNS.size(); c++) {
                ws.value(0, c, MeasureRow.COLUMNS.get(c));
            }
            for (int i = 0; i < rows.size(); i++) {
                Object[] cells = cells(rows.get(i));
                for (int c = 0; c < cells.length; c++) {
                    Object v = cells[c];
                    if (v instanceof Double d) {
                        ws.value(i + 1, c, d);
                    } else if (v instanceof Boolean b) {
                        ws.value(i + 1, c, b);
                    } else if (v != null) {
                        ws.value(i + 1, c, v.toString());
                    }
                }
            }
            wb.finish();
        }
    }

    private static void parquet(Path file, List<MeasureRow> rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE measure_result (indicator_id VARCHAR, period_end DATE, breakdown VARCHAR, group_code VARCHAR,"
                    + " group_name VARCHAR, numerator DOUBLE, denominator DOUBLE, value DOUBLE, lower_95 DOUBLE, upper_95 DOUBLE,"
                    + " funnel_flag VARCHAR, suppressed BOOLEAN)");
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "measure_result")) {
                for (MeasureRow r : rows) {
                    a.beginRow();
                    a.append(r.indicatorId());
                    a.append(r.periodEnd());
                    a.append(r.breakdown());
                    a.append(r.groupCode());
                    a.append(r.groupName());
                    appendDouble(a, r.numerator());
                    appendDouble(a, r.denominator());
                    appendDouble(a, r.value());
                    appendDouble(a, r.lower95());
                    appendDouble(a, r.upper95());
                    a.append(r.funnelFlag());
                    a.append(r.suppressed());
                    a.endRow();
                }
            }
            String path = file.toAbsolutePath().toString().replace("'", "''");
            s.execute("COPY measure_result TO '" + path + "' (FORMAT PARQUET)");
        }
    }

    private static void appendDouble(DuckDBAppender a, Double v) throws SQLException {
        if (v == null || v.isNaN()) {
            a.appendNull();
        } else {
            a.append(v.doubleValue());
        }
    }
}
