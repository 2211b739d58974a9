/**
 * Rates: exact and Byar Poisson intervals for counts, crude rates, and directly age-standardised rates
 * on the 2013 European Standard Population with Dobson intervals (reference/methods/dsr-esp2013.md).
 */
package org.derwent.measures.stats.rate;
