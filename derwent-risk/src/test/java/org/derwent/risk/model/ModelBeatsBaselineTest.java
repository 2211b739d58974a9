package org.derwent.risk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.derwent.risk.features.Cohort;
import org.derwent.risk.features.CompositeScores;
import org.derwent.risk.features.FeatureExtractor;
import org.derwent.risk.features.RegisterCodes;
import org.derwent.risk.testing.Duck;
import org.derwent.risk.testing.SimulatedPopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both models, trained on a simulated 20,000-person store, beat the age-only baseline by at least 0.05 AUROC. */
class ModelBeatsBaselineTest {
    private static TemporalValidation.Result result;

    @BeforeAll
    static void train() throws Exception {
        try (Connection c = Duck.simulated(20_000, 11)) {
            FeatureExtractor fx = new FeatureExtractor(c, RegisterCodes.read(SimulatedPopulation.CODELISTS),
                    CompositeScores.NONE);
            Cohort train = fx.extract(SimulatedPopulation.EXTRACT_DATE.minusYears(2));
            Cohort test = fx.extract(SimulatedPopulation.EXTRACT_DATE.minusYears(1));
            result = TemporalValidation.run(train, test, 42, new BoostedRiskModel.Settings(60, 0.1, 3, 2));
        }
        for (ModelReport r : result.reports()) {
            Evaluation e = r.evaluation();
            System.out.printf("%s auroc %.4f slope %.3f int %.3f citl %.3f O/E %.3f train %.1fs baseline %.4f%n",
                    r.model().id(), e.auroc(), e.calibration().slope(), e.calibration().intercept(),
                    e.calibration().inTheLarge(), e.observedOverExpected(), r.trainSeconds(), result.baselineAgeAuroc());
        }
    }

    @Test
    void logistic_regression_beats_age_only_by_005() {
        assertThat(result.report("lr").evaluation().auroc()).isGreaterThan(result.baselineAgeAuroc() + 0.05);
    }

    @Test
    void boosted_trees_beat_age_only_by_005() {
        assertThat(result.report("gbm").evaluation().auroc()).isGreaterThan(result.baselineAgeAuroc() + 0.05);
    }

    @Test
    void logistic_regression_is_calibrated_on_the_later_year() {
        assertThat(result.report("lr").evaluation().calibration().slope()).isBetween(0.8, 1.2);
    }
}
