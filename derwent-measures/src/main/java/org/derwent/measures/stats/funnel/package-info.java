/**
 * Funnel plots (Spiegelhalter 2005): 95% and 99.8% control limits for proportions (exact binomial) and
 * ratios or rates (exact Poisson), outlier flags, and over-dispersion adjustment
 * (reference/methods/funnel-plots.md).
 */
package org.derwent.measures.stats.funnel;
