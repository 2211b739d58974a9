/**
 * NHS Making Data Count statistical process control (XmR charts) as NHSRplotthedots: limits, special-cause
 * rules, variation and assurance icons (reference/methods/spc-making-data-count.md).
 */
package org.derwent.measures.stats.spc;
