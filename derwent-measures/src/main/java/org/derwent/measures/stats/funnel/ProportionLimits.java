package org.derwent.measures.stats.funnel;

/** How unadjusted funnel limits for proportions are computed. */
public enum ProportionLimits {
    /** Spiegelhalter's interpolated exact binomial limits (default). */
    EXACT_BINOMIAL,
    /**
     * PHE Fingertips ("Wilson"): the observed proportion whose Wilson score interval just touches the target,
     * which by inverting the score test is {@code p0 ± z sqrt(p0 (1 - p0) / n)}, clamped to [0, 1].
     */
    WILSON
}
