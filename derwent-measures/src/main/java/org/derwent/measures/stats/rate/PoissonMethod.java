package org.derwent.measures.stats.rate;

/** How the confidence interval of a Poisson count is computed ({@link PoissonInterval}). */
public enum PoissonMethod {
    /** Exact (Garwood) limits from chi-square quantiles. */
    EXACT,
    /** Byar's approximation, as PHEindicatormethods {@code byars_lower/upper}. */
    BYAR
}
