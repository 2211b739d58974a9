package org.derwent.risk.model;

import java.util.List;
import org.derwent.risk.features.FeatureSet;
import org.derwent.risk.features.PersonFeatures;

/**
 * Transforms raw features (counts to ln(1 + n)) and standardises them to z-scores with the training cohort's
 * means and standard deviations. Both models see z-scores, and logistic-regression explanations are
 * coefficient x z (the contribution relative to an average person).
 */
public record Standardiser(List<String> names, double[] means, double[] sds) {
    /** Fits means and standard deviations (a constant feature gets sd 1) on a training cohort. */
    public static Standardiser fit(FeatureSet features, List<PersonFeatures> people) {
        int p = features.size();
        double[] sum = new double[p];
        double[] sumSq = new double[p];
        for (PersonFeatures person : people) {
            for (int j = 0; j < p; j++) {
                double v = features.get(j).transform(person.values()[j]);
                sum[j] += v;
                sumSq[j] += v * v;
            }
        }
        int n = Math.max(1, people.size());
        double[] means = new double[p];
        double[] sds = new double[p];
        for (int j = 0; j < p; j++) {
            means[j] = sum[j] / n;
            double var = sumSq[j] / n - means[j] * means[j];
            sds[j] = var > 1e-12 ? Math.sqrt(var) : 1.0;
        }
        return new Standardiser(features.names(), means, sds);
    }

    /** The z-scores of one person's raw values. */
    public double[] z(FeatureSet features, double[] raw) {
        double[] z = new double[raw.length];
        for (int j = 0; j < raw.length; j++) {
            z[j] = (features.get(j).transform(raw[j]) - means[j]) / sds[j];
        }
        return z;
    }
}
