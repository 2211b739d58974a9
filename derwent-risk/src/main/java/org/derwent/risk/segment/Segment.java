package org.derwent.risk.segment;

/**
 * Bridges to Health style population segments, in precedence order: a person is in the first segment whose rule
 * they meet (see {@link Segmenter}).
 */
public enum Segment {
    END_OF_LIFE("End of life"),
    FRAILTY("Frailty"),
    COMPLEX("Complex (multiple long-term conditions)"),
    LONG_TERM_CONDITION("Long-term condition"),
    HEALTHY("Healthy");

    private final String label;

    Segment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The measure indicator id of this segment's population share, e.g. {@code SEG_FRAILTY}. */
    public String indicatorId() {
        return "SEG_" + name();
    }
}
