package org.derwent.ingest.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 reader: comma separated, double-quoted fields may hold commas, quotes ({@code ""}) and line breaks.
 * Streams one record at a time; tracks the line each record starts on.
 */
final class CsvParser {
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private long chars;

    CsvParser(Reader in) {
        this.in = in;
    }

    /** Characters consumed so far. */
    long chars() {
        return chars;
    }

    private int next() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        chars++;
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos];
    }

    /** The next record, or null at end of input. Blank lines are skipped. */
    CsvRecord next(boolean first) throws IOException {
        int c = next();
        while (c == '\n' || c == '\r') {
            if (c == '\n') {
                line++;
            }
            c = next();
        }
        if (c < 0) {
            return null;
        }
        if (first && c == '\uFEFF') {
            c = next();
        }
        long start = line;
        List<String> fields = new ArrayList<>(16);
        StringBuilder f = new StringBuilder(32);
        String error = null;
        while (true) {
            if (c == '"' && f.length() == 0) {
                while (true) {
                    c = next();
                    if (c < 0) {
                        error = "unterminated quoted field";
                        break;
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            next();
                            f.append('"');
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    f.append((char) c);
                }
                c = next();
                if (error == null && c != ',' && c != '\n' && c != '\r' && c >= 0) {
                    error = "text after closing quote";
                    while (c != ',' && c != '\n' && c >= 0) {
                        c = next();
                    }
                }
            }
            if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
                c = next();
                continue;
            }
            if (c == '\n' || c == '\r' || c < 0) {
                fields.add(f.toString());
                if (c == '\r' && peek() == '\n') {
                    next();
                }
                if (c >= 0) {
                    line++;
                }
                return new CsvRecord(fields, start, error);
            }
            f.append((char) c);
            c = next();
        }
    }
}
