package org.derwent.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void outcomes_drawn_from_the_predictions_give_slope_one_intercept_zero() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 200_000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            p[i] = 1 / (1 + Math.exp(-(-2.5 + 1.2 * r.nextGaussian())));
            y[i] = r.nextDouble() < p[i];
        }
        Calibration c = Calibration.fit(p, y);
        assertThat(c.slope()).isCloseTo(1.0, within(0.03));
        assertThat(c.intercept()).isCloseTo(0.0, within(0.05));
        assertThat(c.inTheLarge()).isCloseTo(0.0, within(0.03));
    }

    @Test
    void overconfident_predictions_give_a_slope_below_one() {
        SplittableRandom r = new SplittableRandom(4);
        int n = 200_000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            double lp = -2.5 + r.nextGaussian();
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-lp));
            p[i] = 1 / (1 + Math.exp(-(-2.5 + 2 * (lp + 2.5))));
        }
        assertThat(Calibration.fit(p, y).slope()).isCloseTo(0.5, within(0.03));
    }
}
