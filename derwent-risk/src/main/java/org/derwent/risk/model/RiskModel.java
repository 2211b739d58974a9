package org.derwent.risk.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A trained 12-month emergency-admission risk model over standardised features (see {@link Standardiser}).
 * Predictions are probabilities; contributions are per-feature additive terms on the log-odds scale, in feature
 * order, whose sum plus {@link Contributions#baseline()} is the predicted log-odds.
 */
public sealed interface RiskModel permits LogisticRiskModel, BoostedRiskModel {
    /** Short id used in tables and file names: {@code lr} or {@code gbm}. */
    String id();

    /** Human name of the method (for model cards). */
    String method();

    /** Predicted probabilities of one or more emergency admissions in 12 months, one per row of z-scores. */
    double[] predict(List<double[]> z);

    /** Per-feature log-odds contributions for each row. */
    Contributions contributions(List<double[]> z);

    /** How contributions are computed (for model cards and docs). */
    String explanationMethod();

    /** Saves the Tribuo model (protobuf serialisation) to a file. */
    void save(Path file);

    /** Per-row contributions and the shared baseline log-odds. */
    record Contributions(double baseline, List<double[]> rows) {
    }
}
