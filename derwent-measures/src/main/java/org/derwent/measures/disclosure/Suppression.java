package org.derwent.measures.disclosure;

/** Why a value is not shown: not suppressed, a small count itself, or suppressed to protect another cell. */
public enum Suppression {
    /** Shown (rounded). */
    NONE,
    /** A count from 1 to the threshold. */
    PRIMARY,
    /** Suppressed so that a primary cell cannot be recovered from a total. */
    SECONDARY,
    /** A value computed from a suppressed count. */
    DERIVED;

    /** True unless {@link #NONE}. */
    public boolean suppressed() {
        return this != NONE;
    }

    /** Lower-case name for output ("none", "primary"...). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
