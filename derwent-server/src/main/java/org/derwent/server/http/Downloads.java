package org.derwent.server.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Sends rows as JSON, CSV (RFC 4180, formula-injection safe) or XLSX (fastexcel). */
public final class Downloads {
    private Downloads() {
    }

    /** Writes {@code rows} in {@code format}; {@code name} is the download's base file name. */
    public static void send(Context ctx, String format, String name, List<String> columns, List<Map<String, Object>> rows) {
        switch (format) {
            case "csv" -> {
                ctx.contentType("text/csv; charset=utf-8");
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
                ctx.result(csv(columns, rows));
            }
            case "xlsx" -> {
                ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
                ctx.result(xlsx(columns, rows));
            }
            default -> ctx.json(rows);
        }
    }

    static String csv(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, Object> r : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(cell(r.get(columns.get(i))));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (!(v instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static byte[] xlsx(List<String> columns, List<Map<String, Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Derwent", "1.0")) {
            Worksheet ws = wb.newWorksheet("data");
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    Object v = rows.get(r).get(columns.get(c));
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v instanceof Boolean b) {
                        ws.value(r + 1, c, b);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            ws.finish();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write XLSX: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
