package org.derwent.risk.model;

/** One contributing factor of a score: what it is, the person's value, and its log-odds contribution. */
public record Factor(String factor, String value, double contribution) {
}
