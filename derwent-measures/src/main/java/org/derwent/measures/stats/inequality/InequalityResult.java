package org.derwent.measures.stats.inequality;

import org.derwent.measures.stats.ConfidenceInterval;

/**
 * Slope and relative index of inequality with Monte Carlo confidence intervals.
 *
 * @param sii          fitted value at rank 1 (least deprived) minus rank 0 (most deprived), on the value scale
 * @param siiCi        its interval
 * @param rii          fitted value at rank 1 over rank 0
 * @param riiCi        its interval
 * @param intercept    fitted value at rank 0 (beta0, back-transformed)
 * @param quantiles    number of quantiles used
 * @param repetitions  Monte Carlo repetitions
 * @param seed         generator seed (the same seed reproduces the same intervals)
 */
public record InequalityResult(double sii, ConfidenceInterval siiCi, double rii, ConfidenceInterval riiCi,
                               double intercept, int quantiles, int repetitions, long seed) {
}
