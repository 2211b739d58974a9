/** Proportions (numerator over denominator) with Wilson score confidence intervals. */
package org.derwent.measures.stats.proportion;
