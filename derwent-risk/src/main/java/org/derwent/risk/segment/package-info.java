/** Bridges to Health style population segments and risk tiers, and the anticipatory-care cohort. */
package org.derwent.risk.segment;
