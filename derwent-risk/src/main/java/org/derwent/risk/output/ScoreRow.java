package org.derwent.risk.output;

/** One row of {@code risk_score}: a person's score from one model, tier, segment and top factors as JSON. */
public record ScoreRow(String personId, String model, double score, String tier, String segment, String topFactors) {
}
