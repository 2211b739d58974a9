package org.derwent.measures.disclosure;

import java.util.OptionalLong;

/**
 * A count after disclosure control: the rounded value, or empty with the reason it is suppressed.
 * A suppressed count never has a value, so it cannot be mistaken for zero.
 *
 * @param value       the rounded count, empty when suppressed
 * @param suppression why it is suppressed, or NONE
 */
public record DisclosedCount(OptionalLong value, Suppression suppression) {
    public DisclosedCount {
        if (value.isPresent() == suppression.suppressed()) {
            throw new IllegalArgumentException("a count has a value exactly when it is not suppressed");
        }
    }

    /** A shown (already rounded) count. */
    public static DisclosedCount shown(long rounded) {
        return new DisclosedCount(OptionalLong.of(rounded), Suppression.NONE);
    }

    /** A suppressed count. */
    public static DisclosedCount suppressed(Suppression why) {
        return new DisclosedCount(OptionalLong.empty(), why);
    }

    /** True when suppressed. */
    public boolean isSuppressed() {
        return suppression.suppressed();
    }
}
