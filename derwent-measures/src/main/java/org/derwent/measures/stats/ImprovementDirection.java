package org.derwent.measures.stats;

import java.util.Locale;

/** Whether a higher or lower value of an indicator is better; neutral when neither is. */
public enum ImprovementDirection {
    INCREASE(1), DECREASE(-1), NEUTRAL(0);

    private final int sign;

    ImprovementDirection(int sign) {
        this.sign = sign;
    }

    /** +1 when higher is better, -1 when lower is better, 0 when neutral. */
    public int sign() {
        return sign;
    }

    /**
     * Parses {@code increase|higher|up}, {@code decrease|lower|down} or {@code neutral} (any case).
     *
     * @throws IllegalArgumentException naming the value when it is none of these
     */
    public static ImprovementDirection parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "increase", "higher", "up", "high" -> INCREASE;
            case "decrease", "lower", "down", "low" -> DECREASE;
            case "neutral", "" -> NEUTRAL;
            default -> throw new IllegalArgumentException(
                    "improvement direction '" + text + "' is not one of increase, decrease, neutral");
        };
    }
}
