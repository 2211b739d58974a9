/**
 * Slope and relative indices of inequality across deprivation quantiles, PHE/OHID method with Monte Carlo
 * confidence intervals from a seeded generator (reference/methods/sii-rii.md).
 */
package org.derwent.measures.stats.inequality;
