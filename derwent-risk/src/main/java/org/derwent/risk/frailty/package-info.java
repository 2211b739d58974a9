/**
 * Electronic Frailty Index (Clegg 2016): the 36 deficits as data, the calculator and bands, and mapping of codes to
 * deficits through codelists. See docs/frailty-multimorbidity.md.
 */
package org.derwent.risk.frailty;
