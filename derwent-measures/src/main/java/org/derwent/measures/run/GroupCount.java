package org.derwent.measures.run;

import org.derwent.measures.plan.Breakdown;

/**
 * Numerators and denominators of every indicator (by index) for one group of one breakdown; {@code espBand} is
 * the ESP2013 age band index for standardisation rows, or -1.
 */
public record GroupCount(Breakdown breakdown, String groupCode, int espBand, double[] numerators, double[] denominators) {
}
