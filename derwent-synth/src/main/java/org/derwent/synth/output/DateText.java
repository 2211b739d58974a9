package org.derwent.synth.output;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** ISO dates ({@code YYYY-MM-DD}) for epoch days 1880-01-01 .. 2099-12-31, precomputed once. */
public final class DateText {
    private static final int FIRST = (int) LocalDate.of(1880, 1, 1).toEpochDay();
    private static final int LAST = (int) LocalDate.of(2099, 12, 31).toEpochDay();
    private static final String[] TEXT = new String[LAST - FIRST + 1];
    private static final byte[][] BYTES = new byte[LAST - FIRST + 1][];

    static {
        for (int d = FIRST; d <= LAST; d++) {
            TEXT[d - FIRST] = LocalDate.ofEpochDay(d).toString();
            BYTES[d - FIRST] = TEXT[d - FIRST].getBytes(StandardCharsets.US_ASCII);
        }
    }

    private DateText() {
    }

    public static String text(int epochDay) {
        check(epochDay);
        return TEXT[epochDay - FIRST];
    }

    public static byte[] bytes(int epochDay) {
        check(epochDay);
        return BYTES[epochDay - FIRST];
    }

    private static void check(int day) {
        if (day < FIRST || day > LAST) {
            throw new IllegalArgumentException("date out of range 1880-2099: epoch day " + day);
        }
    }
}
