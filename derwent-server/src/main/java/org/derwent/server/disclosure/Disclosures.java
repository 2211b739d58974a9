package org.derwent.server.disclosure;

/**
 * The per-row disclosure control in force (series points, risk map, rows whose breakdown cannot be treated as
 * one table). Result breakdowns use the measure module's secondary suppression through
 * {@link BreakdownProtection}.
 */
public final class Disclosures {
    private Disclosures() {
    }

    /** Suppress 1-7, round the rest to the nearest 5. */
    public static Disclosure standard() {
        return new RuleOfFive(7, 5);
    }
}
