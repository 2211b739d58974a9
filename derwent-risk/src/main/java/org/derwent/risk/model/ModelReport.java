package org.derwent.risk.model;

/** A trained model with its test-set evaluation and how long training took. */
public record ModelReport(RiskModel model, Evaluation evaluation, double trainSeconds) {
}
