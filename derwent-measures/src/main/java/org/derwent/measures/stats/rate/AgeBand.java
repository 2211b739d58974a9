package org.derwent.measures.stats.rate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age band in whole years, {@code from} to {@code to} inclusive; {@code to} is {@link #OPEN} for "90+".
 *
 * @param from lowest age in the band
 * @param to   highest age in the band, or {@link #OPEN}
 */
public record AgeBand(int from, int to) {
    /** Upper bound of an open-ended band such as 90+. */
    public static final int OPEN = Integer.MAX_VALUE;

    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*(?:-|to|_)\\s*(\\d{1,3})");
    private static final Pattern PLUS = Pattern.compile("(\\d{1,3})\\s*(?:\\+|plus|and over|or over|and older)");
    private static final Pattern SINGLE = Pattern.compile("(\\d{1,3})");

    public AgeBand {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("age band " + from + "-" + to + " is empty or negative");
        }
    }

    /**
     * Parses labels such as {@code 0-4}, {@code 05-09}, {@code 40 to 44}, {@code 90+}, {@code 90 and over},
     * {@code <1} and {@code 0} (a band of one year); an optional {@code aged} prefix is ignored.
     *
     * @throws IllegalArgumentException naming the label when it is none of these
     */
    public static AgeBand parse(String label) {
        String s = label.trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^aged?\\s*", "");
        if (s.equals("<1") || s.equals("under 1")) {
            return new AgeBand(0, 0);
        }
        Matcher m = RANGE.matcher(s);
        if (m.matches()) {
            return new AgeBand(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = PLUS.matcher(s);
        if (m.matches()) {
            return new AgeBand(Integer.parseInt(m.group(1)), OPEN);
        }
        m = SINGLE.matcher(s);
        if (m.matches()) {
            int age = Integer.parseInt(m.group(1));
            return new AgeBand(age, age);
        }
        throw new IllegalArgumentException("age band '" + label + "' is not like 0-4, 90+ or <1");
    }

    @Override
    public String toString() {
        return to == OPEN ? from + "+" : from + "-" + to;
    }
}
