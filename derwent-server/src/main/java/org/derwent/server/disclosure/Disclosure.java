package org.derwent.server.disclosure;

/**
 * Statistical disclosure control for one count, as applied to every output for non-direct-care use. The
 * server calls suppression only through this interface so the measure module's implementation
 * ({@code org.derwent.measures.disclosure}) can replace {@link RuleOfFive} in one line of
 * {@link Disclosures#standard()}.
 */
public interface Disclosure {
    /** The protected form of a count: suppressed (value null), rounded, or unchanged (zero). */
    ProtectedCount protect(long count);

    /** A count after disclosure control. */
    record ProtectedCount(Long value, boolean suppressed, boolean rounded) {
    }
}
