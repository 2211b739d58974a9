package org.derwent.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.util.List;
import org.derwent.risk.features.Cohort;
import org.derwent.risk.features.CompositeScores;
import org.derwent.risk.features.FeatureExtractor;
import org.derwent.risk.features.RegisterCodes;
import org.derwent.risk.testing.Duck;
import org.derwent.risk.testing.SimulatedPopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Same seed, same data: identical models; contributions add up to the predicted log-odds. */
class DeterminismTest {
    private static final BoostedRiskModel.Settings SMALL = new BoostedRiskModel.Settings(30, 0.1, 3, 2);
    private static Cohort train;
    private static Cohort test;

    @BeforeAll
    static void extract() throws Exception {
        try (Connection c = Duck.simulated(8_000, 3)) {
            FeatureExtractor fx = new FeatureExtractor(c, RegisterCodes.read(SimulatedPopulation.CODELISTS),
                    CompositeScores.NONE);
            train = fx.extract(SimulatedPopulation.EXTRACT_DATE.minusYears(2));
            test = fx.extract(SimulatedPopulation.EXTRACT_DATE.minusYears(1));
        }
        try (Connection c = Duck.simulated(8_000, 3)) {
            Cohort again = new FeatureExtractor(c, RegisterCodes.read(SimulatedPopulation.CODELISTS),
                    CompositeScores.NONE).extract(SimulatedPopulation.EXTRACT_DATE.minusYears(2));
            assertThat(again.size()).isEqualTo(train.size());
            assertThat(again.people().get(17).values()).containsExactly(train.people().get(17).values());
        }
    }

    @Test
    void same_seed_gives_identical_predictions() {
        TemporalValidation.Result a = TemporalValidation.run(train, test, 99, SMALL);
        TemporalValidation.Result b = TemporalValidation.run(train, test, 99, SMALL);
        for (String id : List.of("lr", "gbm")) {
            assertThat(b.report(id).evaluation().auroc()).isEqualTo(a.report(id).evaluation().auroc());
            assertThat(b.report(id).evaluation().calibration()).isEqualTo(a.report(id).evaluation().calibration());
        }
    }

    @Test
    void direct_predictions_equal_tribuos_own() {
        TemporalValidation.Result r = TemporalValidation.run(train, test, 6, SMALL);
        List<double[]> z = TemporalValidation.standardise(r.standardiser(), test.features(),
                test.people().subList(0, 500));
        LogisticRiskModel lr = (LogisticRiskModel) r.report("lr").model();
        BoostedRiskModel gbm = (BoostedRiskModel) r.report("gbm").model();
        double[] a = lr.predict(z);
        double[] b = lr.predictWithTribuo(z);
        double[] c = gbm.predict(z);
        double[] d = gbm.predictWithTribuo(z);
        for (int i = 0; i < z.size(); i++) {
            assertThat(a[i]).isCloseTo(b[i], within(1e-9));
            assertThat(c[i]).isCloseTo(d[i], within(1e-5));
        }
    }

    @Test
    void contributions_plus_baseline_give_the_predicted_probability() {
        TemporalValidation.Result r = TemporalValidation.run(train, test, 5, SMALL);
        List<double[]> z = TemporalValidation.standardise(r.standardiser(), test.features(),
                test.people().subList(0, 200));
        for (String id : List.of("lr", "gbm")) {
            RiskModel m = r.report(id).model();
            double[] p = m.predict(z);
            RiskModel.Contributions c = m.contributions(z);
            for (int i = 0; i < z.size(); i++) {
                double logit = c.baseline();
                for (double v : c.rows().get(i)) {
                    logit += v;
                }
                assertThat(1 / (1 + Math.exp(-logit))).as(id + " row " + i).isCloseTo(p[i], within(1e-4));
            }
        }
    }
}
