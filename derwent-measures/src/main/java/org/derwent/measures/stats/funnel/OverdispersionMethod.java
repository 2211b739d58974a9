package org.derwent.measures.stats.funnel;

/** How (if at all) funnel limits are widened for over-dispersion (Spiegelhalter 2005, QSHC). */
public enum OverdispersionMethod {
    /** Unadjusted exact limits. */
    NONE,
    /** Variance inflated by phi (phi floored at 1), normal-approximation limits. */
    MULTIPLICATIVE,
    /** Additive random effects tau^2: arcsine scale for proportions, log scale for ratios and rates. */
    ADDITIVE
}
