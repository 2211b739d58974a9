package org.derwent.synth.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fast reader for the CSV extract: each line is offered as a {@link Line} whose fields are cut on demand.
 * Quoted fields are supported (RFC 4180); the generator itself never writes quotes.
 */
public final class CsvLines {
    private CsvLines() {
    }

    /** Reads {@code file}, checks the header starts with {@code columns}, and passes every data line. */
    public static void read(Path file, List<String> columns, Consumer<Line> consumer) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith(String.join(",", columns))) {
                throw new IllegalArgumentException(file + " line 1: expected header " + String.join(",", columns) + ", got " + header);
            }
            Line line = new Line(file, columns.size());
            String s;
            long n = 1;
            while ((s = r.readLine()) != null) {
                n++;
                if (!s.isEmpty()) {
                    line.set(s, n);
                    consumer.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One data line; field indices follow the header. */
    public static final class Line {
        private final Path file;
        private final int[] start;
        private final int[] end;
        private String text;
        private long number;
        private boolean quoted;

        Line(Path file, int columns) {
            this.file = file;
            this.start = new int[columns + 8];
            this.end = new int[columns + 8];
        }

        void set(String s, long n) {
            text = s;
            number = n;
            quoted = s.indexOf('"') >= 0;
            int f = 0;
            int from = 0;
            boolean inQuotes = false;
            for (int i = 0; i < s.length() && f < start.length - 1; i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    inQuotes = !inQuotes;
                } else if (c == ',' && !inQuotes) {
                    start[f] = from;
                    end[f++] = i;
                    from = i + 1;
                }
            }
            start[f] = from;
            end[f] = s.length();
            for (int k = f + 1; k < start.length; k++) {
                start[k] = end[k] = s.length();
            }
        }

        public String field(int i) {
            String v = text.substring(start[i], end[i]);
            return quoted && v.startsWith("\"") ? v.substring(1, v.length() - 1).replace("\"\"", "\"") : v;
        }

        public boolean isEmpty(int i) {
            return start[i] == end[i];
        }

        public double number(int i) {
            try {
                return Double.parseDouble(field(i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + number + " field " + (i + 1) + ": '" + field(i) + "' is not a number");
            }
        }

        /** Epoch day of a {@code YYYY-MM-DD} field, or {@link Integer#MIN_VALUE} when empty (-1 is 1969-12-31). */
        public int day(int i) {
            if (isEmpty(i)) {
                return Integer.MIN_VALUE;
            }
            int s = start[i];
            if (end[i] - s != 10) {
                throw new IllegalArgumentException(file + " line " + number + " field " + (i + 1) + ": '" + field(i) + "' is not YYYY-MM-DD");
            }
            int y = digits(s, 4);
            int m = digits(s + 5, 2);
            int d = digits(s + 8, 2);
            return (int) java.time.LocalDate.of(y, m, d).toEpochDay();
        }

        private int digits(int from, int n) {
            int v = 0;
            for (int k = from; k < from + n; k++) {
                v = v * 10 + (text.charAt(k) - '0');
            }
            return v;
        }
    }
}
