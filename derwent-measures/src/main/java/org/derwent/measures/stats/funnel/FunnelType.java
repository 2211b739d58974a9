package org.derwent.measures.stats.funnel;

/** What the funnel plots: numerator/denominator as a proportion, observed/expected as a ratio, or events/population as a rate. */
public enum FunnelType {
    /** numerator / denominator, exact binomial limits. */
    PROPORTION,
    /** observed / expected (standardised ratio), exact Poisson limits, target 1 unless given. */
    RATIO,
    /** events / population, exact Poisson limits with E = target rate x population. */
    RATE
}
