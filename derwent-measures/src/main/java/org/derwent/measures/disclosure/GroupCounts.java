package org.derwent.measures.disclosure;

import java.util.OptionalLong;

/**
 * Raw counts of one group of a breakdown before disclosure control.
 *
 * @param group       the group's code or name
 * @param numerator   numerator count (>= 0)
 * @param denominator denominator count (>= numerator when present)
 */
public record GroupCounts(String group, long numerator, OptionalLong denominator) {
    public GroupCounts {
        if (numerator < 0) {
            throw new IllegalArgumentException("group " + group + ": numerator must be >= 0, got " + numerator);
        }
        if (denominator.isPresent() && denominator.getAsLong() < 0) {
            throw new IllegalArgumentException("group " + group + ": denominator must be >= 0, got " + denominator.getAsLong());
        }
    }

    /** A group with numerator and denominator. */
    public static GroupCounts of(String group, long numerator, long denominator) {
        return new GroupCounts(group, numerator, OptionalLong.of(denominator));
    }

    /** A group with a count only. */
    public static GroupCounts count(String group, long count) {
        return new GroupCounts(group, count, OptionalLong.empty());
    }
}
