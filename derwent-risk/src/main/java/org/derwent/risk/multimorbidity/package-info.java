/**
 * Multimorbidity scores: the Cambridge Multimorbidity Score (general and mortality weights) and the Charlson
 * Comorbidity Index (Quan ICD-10 map; Charlson 1987 and Quan 2011 weights), definitions as data. See
 * docs/frailty-multimorbidity.md.
 */
package org.derwent.risk.multimorbidity;
