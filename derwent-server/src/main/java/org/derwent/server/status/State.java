package org.derwent.server.status;

/** Where a {@link Part} stands. */
public enum State {
    /** In the store and served. */
    READY,
    /** Being computed now (by {@code ./derwent demo}); answers that need it say so with 503. */
    COMPUTING,
    /** Not in the store and nobody is computing it (run the command that makes it). */
    MISSING,
    /** The computation failed; the message says why. */
    FAILED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
