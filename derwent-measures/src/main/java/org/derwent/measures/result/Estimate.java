package org.derwent.measures.result;

/** A value with its 95% confidence limits (any may be null when undefined, e.g. a zero denominator). */
public record Estimate(Double value, Double lower95, Double upper95) {
    public static final Estimate NONE = new Estimate(null, null, null);
}
