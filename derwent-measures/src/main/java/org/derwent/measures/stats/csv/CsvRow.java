package org.derwent.measures.stats.csv;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * One data row of an input CSV with typed access; every failure names file, line, column and value.
 *
 * @param file   the file name as given
 * @param line   1-based line number in the file (the header is line 1)
 * @param values column -> raw text
 */
public record CsvRow(String file, long line, Map<String, String> values) {

    /** The trimmed text of {@code column}; blank when missing. */
    public String text(String column) {
        String v = values.get(column);
        return v == null ? "" : v.trim();
    }

    /** The non-blank text of {@code column}. */
    public String required(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            throw StatsInputException.at(file, line, column, v, "a value is required");
        }
        return v;
    }

    /** A finite number. */
    public double number(String column) {
        String v = required(column);
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw StatsInputException.at(file, line, column, v, "expected a number");
        }
    }

    /** A number, or empty when the column is absent or blank. */
    public OptionalDouble optionalNumber(String column) {
        return text(column).isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(number(column));
    }

    /** A whole number >= 0. */
    public long count(String column) {
        double d = number(column);
        if (d < 0 || d != Math.rint(d)) {
            throw StatsInputException.at(file, line, column, text(column), "expected a whole number >= 0");
        }
        return (long) d;
    }

    /** A number >= 0. */
    public double nonNegative(String column) {
        double d = number(column);
        if (d < 0) {
            throw StatsInputException.at(file, line, column, text(column), "expected a number >= 0");
        }
        return d;
    }

    /** An error about this row without a specific column. */
    public StatsInputException error(String problem) {
        return StatsInputException.at(file, line, problem);
    }
}
