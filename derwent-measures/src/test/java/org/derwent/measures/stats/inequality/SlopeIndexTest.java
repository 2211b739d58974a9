package org.derwent.measures.stats.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.stats.ConfidenceLevel;
import org.derwent.measures.stats.proportion.WilsonInterval;
import org.derwent.measures.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

class SlopeIndexTest {
    static final double[] POP = {12000, 15000, 9000, 11000, 14000, 10000, 13000, 8000, 16000, 12500};
    static final double[] NUM = {2100, 2400, 1300, 1500, 1800, 1150, 1400, 800, 1500, 1100};

    static List<QuantileValue> deciles() {
        List<QuantileValue> list = new ArrayList<>();
        for (int i = 0; i < POP.length; i++) {
            ConfidenceInterval ci = WilsonInterval.of(NUM[i], POP[i], ConfidenceLevel.P95).scaled(100);
            list.add(QuantileValue.fromLimits(i + 1, POP[i], NUM[i] / POP[i] * 100, ci.lower(), ci.upper()));
        }
        return list;
    }

    @Test
    void exactly_linear_values_give_their_slope() {
        List<QuantileValue> list = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            double rank = (i - 0.5) / 10;
            list.add(new QuantileValue(i, 1000, 10 + 5 * rank, 0.0, 0, 0));
        }
        InequalityResult r = SlopeIndex.of(list, InequalityTransform.NONE, 1, 0.95, 1000, 1);
        assertThat(r.sii()).isCloseTo(5.0, within(1e-10));
        assertThat(r.rii()).isCloseTo(1.5, within(1e-10));
        assertThat(r.intercept()).isCloseTo(10.0, within(1e-10));
        assertThat(r.siiCi().lower()).isCloseTo(5.0, within(1e-10));
    }

    /** Weighted least squares with unequal populations, checked against NumPy. */
    @Test
    void unequal_populations_match_weighted_least_squares() {
        InequalityResult r = SlopeIndex.of(deciles(), InequalityTransform.NONE, 100, 0.95, 20_000, 42);
        assertThat(r.sii()).isCloseTo(-9.736328954783893, within(1e-9));
        assertThat(r.rii()).isCloseTo(0.43908018387567993, within(1e-9));
        assertThat(r.intercept()).isCloseTo(17.357791033408546, within(1e-9));
    }

    /** With normal draws the SII is normal with a standard error known in closed form (0.33346 here). */
    @Test
    void monte_carlo_interval_matches_analytic_interval() {
        InequalityResult r = SlopeIndex.of(deciles(), InequalityTransform.NONE, 100, 0.95, 100_000, 7);
        assertThat(r.siiCi().lower()).isCloseTo(-10.389899918722653, within(0.02));
        assertThat(r.siiCi().upper()).isCloseTo(-9.082757990845133, within(0.02));
        assertThat(r.riiCi().contains(r.rii())).isTrue();
    }

    @Test
    void same_seed_gives_same_interval_and_input_order_does_not_matter() {
        List<QuantileValue> reversed = new ArrayList<>(deciles());
        java.util.Collections.reverse(reversed);
        InequalityResult a = SlopeIndex.of(deciles(), InequalityTransform.NONE, 100, 0.95, 5000, 99);
        InequalityResult b = SlopeIndex.of(reversed, InequalityTransform.NONE, 100, 0.95, 5000, 99);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void logit_transform_gives_a_consistent_estimate() {
        InequalityResult r = SlopeIndex.of(deciles(), InequalityTransform.LOGIT, 100, 0.95, 5000, 3);
        assertThat(r.sii()).isCloseTo(-9.7, within(1.0));
        assertThat(r.rii()).isCloseTo((r.intercept() + r.sii()) / r.intercept(), within(1e-9));
        assertThat(r.siiCi().contains(r.sii())).isTrue();
    }

    @Test
    void fewer_than_five_quantiles_is_an_error() {
        assertThatThrownBy(() -> SlopeIndex.of(deciles().subList(0, 4), InequalityTransform.NONE, 100, 0.95, 1000, 1))
                .hasMessageContaining("at least 5 quantiles, got 4");
    }
}
