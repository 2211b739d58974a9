package org.derwent.ingest.check;

import java.time.LocalDate;

/**
 * Reads the common case of a date, {@code YYYY-MM-DD} in the first ten characters with a real month and day, without
 * {@link java.time.format.DateTimeFormatter} (a few times faster); anything else is left to {@link LocalDate#parse},
 * so the accepted dates and the errors are the same.
 */
final class IsoDate {
    private IsoDate() {
    }

    /** The date in {@code text[0..10)}, or null when it is not a plain valid {@code YYYY-MM-DD}. */
    static LocalDate valid(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int y = digits(text, 0, 4);
        int m = digits(text, 5, 7);
        int d = digits(text, 8, 10);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 28 && d > LocalDate.of(y, m, 1).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
