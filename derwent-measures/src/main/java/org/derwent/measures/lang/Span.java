package org.derwent.measures.lang;

import java.time.LocalDate;

/** A length of time written as {@code 12 months} or {@code 90 days}. */
public record Span(int amount, Unit unit) {
    /** Units a span may use. */
    public enum Unit { DAYS, MONTHS }

    /** Parses {@code "12 months"}, {@code "1 month"}, {@code "30 days"}, {@code "1 year"}. */
    public static Span parse(String text, SourcePos pos) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (parts.length != 2) {
            throw new DefinitionException(pos, "expected a span like '12 months' or '90 days', got '" + text + "'");
        }
        int n;
        try {
            n = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new DefinitionException(pos, "span amount '" + parts[0] + "' is not a whole number in '" + text + "'");
        }
        return switch (parts[1].replaceAll("s$", "")) {
            case "day" -> new Span(n, Unit.DAYS);
            case "month" -> new Span(n, Unit.MONTHS);
            case "year" -> new Span(12 * n, Unit.MONTHS);
            default -> throw new DefinitionException(pos, "unknown span unit '" + parts[1] + "' in '" + text
                    + "' (days, months or years)");
        };
    }

    /** The date this span before {@code d}. */
    public LocalDate before(LocalDate d) {
        return unit == Unit.DAYS ? d.minusDays(amount) : d.minusMonths(amount);
    }

    /** Approximate length in days, for comparing spans in checks. */
    public double approxDays() {
        return unit == Unit.DAYS ? amount : amount * 30.4375;
    }

    @Override
    public String toString() {
        return amount + (unit == Unit.DAYS ? " days" : " months");
    }
}
