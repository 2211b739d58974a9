package org.derwent.risk.model;

import java.util.ArrayList;
import java.util.List;
import org.derwent.risk.features.Cohort;
import org.derwent.risk.features.FeatureSet;
import org.derwent.risk.features.PersonFeatures;

/**
 * Temporal validation: both models are trained on the cohort at t-2y (outcome in year t-1) and tested on the
 * cohort at t-1y (outcome in year t). Standardisation is fitted on the training cohort only. The baseline is the
 * AUROC of age alone (any monotone age-only model has this AUROC).
 */
public final class TemporalValidation {
    /** The outcome of a validation run. */
    public record Result(Standardiser standardiser, List<ModelReport> reports, double baselineAgeAuroc,
            int trainN, int trainEvents) {
        /** The report of a model by id. */
        public ModelReport report(String id) {
            return reports.stream().filter(r -> r.model().id().equals(id)).findFirst().orElseThrow();
        }
    }

    private TemporalValidation() {
    }

    public static Result run(Cohort train, Cohort test, long seed, BoostedRiskModel.Settings gbm) {
        FeatureSet fs = train.features();
        Standardiser std = Standardiser.fit(fs, train.people());
        String[] names = fs.names().toArray(String[]::new);
        List<double[]> zTrain = standardise(std, fs, train.people());
        boolean[] yTrain = train.outcomes();
        List<double[]> zTest = standardise(std, fs, test.people());

        List<ModelReport> reports = new ArrayList<>();
        long t0 = System.nanoTime();
        RiskModel lr = LogisticRiskModel.train(names, zTrain, yTrain, seed);
        double lrSeconds = (System.nanoTime() - t0) / 1e9;
        reports.add(new ModelReport(lr, Evaluation.of(test, lr.predict(zTest)), lrSeconds));
        t0 = System.nanoTime();
        RiskModel boosted = BoostedRiskModel.train(names, zTrain, yTrain, seed, gbm);
        double gbmSeconds = (System.nanoTime() - t0) / 1e9;
        reports.add(new ModelReport(boosted, Evaluation.of(test, boosted.predict(zTest)), gbmSeconds));

        int age = fs.indexOf("age");
        double[] ages = test.people().stream().mapToDouble(p -> p.values()[age]).toArray();
        int events = 0;
        for (boolean b : yTrain) {
            events += b ? 1 : 0;
        }
        return new Result(std, reports, Auroc.of(ages, test.outcomes()), train.size(), events);
    }

    /** Standardised rows of a cohort. */
    public static List<double[]> standardise(Standardiser std, FeatureSet fs, List<PersonFeatures> people) {
        List<double[]> z = new ArrayList<>(people.size());
        for (PersonFeatures p : people) {
            z.add(std.z(fs, p.values()));
        }
        return z;
    }
}
