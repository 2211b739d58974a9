package org.derwent.risk.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.derwent.risk.testing.Duck;
import org.derwent.risk.testing.SimulatedPopulation;
import org.junit.jupiter.api.Test;

class SimulationSanityTest {
    @Test
    void simulated_cohort_has_plausible_admission_rate_and_activity() throws Exception {
        try (Connection c = Duck.simulated(20_000, 7)) {
            FeatureExtractor fx = new FeatureExtractor(c, RegisterCodes.read(SimulatedPopulation.CODELISTS),
                    CompositeScores.NONE);
            Cohort cohort = fx.extract(SimulatedPopulation.EXTRACT_DATE.minusYears(2));
            System.out.printf("cohort %d prevalence %.4f%n", cohort.size(), cohort.prevalence());
            int gp = fx.features().indexOf("gp_12m");
            int meds = fx.features().indexOf("medicines_6m");
            int hyp = fx.features().indexOf("reg_hypertension");
            double gpMean = cohort.people().stream().mapToDouble(p -> p.values()[gp]).average().orElse(0);
            double medMean = cohort.people().stream().mapToDouble(p -> p.values()[meds]).average().orElse(0);
            double hypPrev = cohort.people().stream().mapToDouble(p -> p.values()[hyp]).average().orElse(0);
            System.out.printf("gp %.2f meds %.2f hyp %.3f%n", gpMean, medMean, hypPrev);
            assertThat(cohort.size()).isBetween(17_000, 20_000);
            assertThat(cohort.prevalence()).isBetween(0.03, 0.15);
            assertThat(gpMean).isBetween(2.0, 12.0);
            assertThat(hypPrev).isBetween(0.08, 0.35);
        }
    }
}
