package org.derwent.risk.frailty;

import java.util.Locale;

/** How far a deficit or condition can be found from codes with the codelists held in reference/codelists. */
public enum CodelistCoverage {
    /** A substitute list chosen by Derwent (for example a QOF cluster), not the method's own list; see the note. */
    PROXY,
    /** Derived by a rule (for example a medicine count), not by a codelist. */
    RULE,
    /** No codelist is available: the item can only be given by id. */
    NONE;

    /** Reads {@code proxy}, {@code rule} or {@code none}. */
    public static CodelistCoverage parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("coverage '" + s + "': expected proxy, rule or none", e);
        }
    }
}
