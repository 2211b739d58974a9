package org.derwent.server.disclosure;

/**
 * Counts from 1 to {@code threshold} (default 7) are suppressed; every other count is rounded to the nearest
 * {@code base} (default 5, halves away from zero); zero stays zero (reference/methods/disclosure-control.md).
 */
public record RuleOfFive(int threshold, int base) implements Disclosure {
    public RuleOfFive {
        if (threshold < 0 || base < 1) {
            throw new IllegalArgumentException("Disclosure threshold " + threshold + " / base " + base
                    + " invalid: threshold >= 0 and base >= 1 expected");
        }
    }

    @Override
    public ProtectedCount protect(long count) {
        if (count == 0) {
            return new ProtectedCount(0L, false, false);
        }
        if (count > 0 && count <= threshold) {
            return new ProtectedCount(null, true, false);
        }
        long rounded = Math.round(count / (double) base) * base;
        return new ProtectedCount(rounded, false, true);
    }
}
