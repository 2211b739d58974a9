/**
 * Public-health statistics shared by the indicators and the {@code derwent stats} command: confidence
 * intervals, rates, funnel limits, SPC and inequality indices, each implemented from the definitions in
 * {@code reference/methods/*.md} and documented in {@code docs/methods.md}.
 */
package org.derwent.measures.stats;
