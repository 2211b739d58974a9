/** Writes risk outputs to the store: risk_score, case_list rows and measure_result rows by breakdown. */
package org.derwent.risk.output;
