package org.derwent.risk.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derwent.risk.RiskException;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * Logistic regression fitted by Tribuo's linear SGD trainer (log-loss, AdaGrad). With two labels Tribuo fits a
 * softmax, so the log-odds coefficient of a feature is its event-row weight minus its non-event-row weight.
 * Contributions are coefficient x z-score.
 */
public final class LogisticRiskModel implements RiskModel {
    private final LinearSGDModel model;
    private final String[] names;
    private final double[] coefficients;
    private final double intercept;

    private LogisticRiskModel(LinearSGDModel model, String[] names) {
        this.model = model;
        this.names = names.clone();
        DenseMatrix w = model.getWeightsCopy();
        int event = model.getOutputIDInfo().getID(new Label(TribuoData.EVENT));
        int none = model.getOutputIDInfo().getID(new Label(TribuoData.NO_EVENT));
        ImmutableFeatureMap fmap = model.getFeatureIDMap();
        this.coefficients = new double[names.length];
        for (int j = 0; j < names.length; j++) {
            int id = fmap.getID(names[j]);
            coefficients[j] = id < 0 ? 0 : w.get(event, id) - w.get(none, id);
        }
        int bias = w.getDimension2Size() - 1;
        this.intercept = w.get(event, bias) - w.get(none, bias);
    }

    /** Trains on standardised rows; deterministic for a seed. */
    public static LogisticRiskModel train(String[] names, List<double[]> z, boolean[] y, long seed) {
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 8, -1, 32, seed);
        LinearSGDModel m = trainer.train(TribuoData.dataset(names, z, y, "derwent emergency-admission cohort"));
        return new LogisticRiskModel(m, names);
    }

    @Override
    public String id() {
        return "lr";
    }

    @Override
    public String method() {
        return "Logistic regression (Tribuo 4.3.2 LinearSGDTrainer, log-loss, AdaGrad lr 0.1, 8 epochs, minibatch 32)";
    }

    /** Log-odds coefficients per standardised feature, in feature order. */
    public double[] coefficients() {
        return coefficients.clone();
    }

    public double intercept() {
        return intercept;
    }

    /**
     * sigmoid(intercept + coefficients . z), computed directly from the Tribuo model's weights (the same value as
     * Tribuo's own prediction, tested, without building an example per person).
     */
    @Override
    public double[] predict(List<double[]> z) {
        double[] p = new double[z.size()];
        for (int i = 0; i < p.length; i++) {
            double[] row = z.get(i);
            double v = intercept;
            for (int j = 0; j < row.length; j++) {
                v += coefficients[j] * row[j];
            }
            p[i] = 1 / (1 + Math.exp(-v));
        }
        return p;
    }

    /** Tribuo's own prediction (used by tests to check {@link #predict}). */
    double[] predictWithTribuo(List<double[]> z) {
        return Predictions.probabilities(model, names, z);
    }

    @Override
    public Contributions contributions(List<double[]> z) {
        List<double[]> rows = new ArrayList<>(z.size());
        for (double[] row : z) {
            double[] c = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                c[j] = coefficients[j] * row[j];
            }
            rows.add(c);
        }
        return new Contributions(intercept, rows);
    }

    @Override
    public String explanationMethod() {
        return "coefficient x standardised value (log-odds relative to a person with average values)";
    }

    @Override
    public void save(Path file) {
        try {
            model.serializeToFile(file);
        } catch (IOException e) {
            throw new RiskException("cannot save model to " + file + ": " + e.getMessage(), e);
        }
    }
}
