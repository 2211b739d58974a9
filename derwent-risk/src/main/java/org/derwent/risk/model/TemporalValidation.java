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
            int trainN, int trainEvents, int trainCohortN) {
        /** The report of a model by id. */
        public ModelReport report(String id) {
            return reports.stream().filter(r -> r.model().id().equals(id)).findFirst().orElseThrow();
        }
    }

    private TemporalValidation() {
    }

    public static Result run(Cohort train, Cohort test, long seed, BoostedRiskModel.Settings gbm) {
        return run(train, test, seed, gbm, Integer.MAX_VALUE);
    }

    /**
     * As {@link #run(Cohort, Cohort, long, BoostedRiskModel.Settings)}, training on a seeded uniform random sample
     * of at most {@code maxTrainRows} people of the training cohort (the whole test cohort is always used).
     */
    public static Result run(Cohort train, Cohort test, long seed, BoostedRiskModel.Settings gbm, int maxTrainRows) {
        FeatureSet fs = train.features();
        List<PersonFeatures> trainPeople = sample(train.people(), maxTrainRows, seed);
        Standardiser std = Standardiser.fit(fs, trainPeople);
        String[] names = fs.names().toArray(String[]::new);
        List<double[]> zTrain = standardise(std, fs, trainPeople);
        boolean[] yTrain = new boolean[trainPeople.size()];
        for (int i = 0; i < yTrain.length; i++) {
            yTrain[i] = trainPeople.get(i).outcome();
        }
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
        return new Result(std, reports, Auroc.of(ages, test.outcomes()), trainPeople.size(), events, train.size());
    }

    /** A seeded uniform sample of at most {@code max} people, kept in cohort order. */
    static List<PersonFeatures> sample(List<PersonFeatures> people, int max, long seed) {
        if (people.size() <= max) {
            return people;
        }
        int[] idx = new java.util.SplittableRandom(seed).ints(0, people.size()).distinct().limit(max).sorted()
                .toArray();
        List<PersonFeatures> out = new ArrayList<>(max);
        for (int i : idx) {
            out.add(people.get(i));
        }
        return out;
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
