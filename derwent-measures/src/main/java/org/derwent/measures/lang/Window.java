package org.derwent.measures.lang;

/**
 * A look-back window ending at an anchor: events dated in {@code (anchor - within, anchor - excludingLast]}.
 * A null {@code within} means all history up to the anchor.
 */
public record Window(Span within, Span excludingLast, Anchor anchor, SourcePos pos) {
    /** What the window counts back from. */
    public enum Anchor {
        /** The period end (the usual case). */
        PERIOD_END,
        /** The patient's date of death (for end-of-life measures); day spans only. */
        DEATH
    }

    /** All history up to the period end. */
    public static Window allHistory(SourcePos pos) {
        return new Window(null, null, Anchor.PERIOD_END, pos);
    }
}
