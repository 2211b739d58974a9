/**
 * Statistical disclosure control for outputs leaving direct care: small counts suppressed, other counts
 * rounded, values recomputed from rounded counts, and secondary suppression so no suppressed cell can be
 * recovered from totals (reference/methods/disclosure-control.md).
 */
package org.derwent.measures.disclosure;
