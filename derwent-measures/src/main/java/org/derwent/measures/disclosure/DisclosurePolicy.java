package org.derwent.measures.disclosure;

/**
 * The rules of disclosure control: counts 1..threshold are suppressed (0 is shown as 0), every other count is
 * rounded to the nearest {@code base} (halves round up, which cannot happen for whole counts with base 5).
 * Defaults follow OpenSAFELY and NHS Digital HES/ECDS: threshold 7, base 5.
 *
 * @param threshold counts from 1 to this are suppressed (>= 0; 0 disables suppression)
 * @param base      rounding base (>= 1; 1 disables rounding)
 */
public record DisclosurePolicy(int threshold, int base) {
    public DisclosurePolicy {
        if (threshold < 0) {
            throw new IllegalArgumentException("suppression threshold must be >= 0, got " + threshold);
        }
        if (base < 1) {
            throw new IllegalArgumentException("rounding base must be >= 1, got " + base);
        }
    }

    /** Threshold 7, base 5. */
    public static DisclosurePolicy defaults() {
        return new DisclosurePolicy(7, 5);
    }

    /** True when {@code count} must be suppressed on its own (primary suppression). */
    public boolean isSmall(long count) {
        return count >= 1 && count <= threshold;
    }

    /** {@code count} rounded to the nearest multiple of the base. */
    public long round(long count) {
        return Math.floorDiv(count + base / 2, base) * base;
    }
}
