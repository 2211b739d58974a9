package org.derwent.measures.stats.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.derwent.measures.stats.ConfidenceInterval;
import org.derwent.measures.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class PoissonIntervalTest {

    /** Exact (Garwood) limits as tabulated, e.g. 0 -> (0, 3.689), 10 -> (4.795, 18.390). */
    @Test
    void exact_limits_match_chi_square_table() {
        exact(0, 0, 3.688879);
        exact(1, 0.025318, 5.571643);
        exact(5, 1.623486, 11.668332);
        exact(10, 4.795389, 18.390356);
        ConfidenceInterval ci = PoissonInterval.of(10, ConfidenceLevel.P998, PoissonMethod.EXACT);
        assertThat(ci.lower()).isCloseTo(2.960520, within(1e-5));
        assertThat(ci.upper()).isCloseTo(24.133971, within(1e-5));
    }

    private static void exact(int o, double lower, double upper) {
        ConfidenceInterval ci = PoissonInterval.of(o, ConfidenceLevel.P95, PoissonMethod.EXACT);
        assertThat(ci.lower()).isCloseTo(lower, within(1e-5));
        assertThat(ci.upper()).isCloseTo(upper, within(1e-5));
    }

    /** Byar's formula evaluated by hand for O = 10 and 100 (z = 1.959964, 3.090232). */
    @Test
    void byar_limits_match_hand_calculation() {
        ConfidenceInterval ci = PoissonInterval.of(10, ConfidenceLevel.P95, PoissonMethod.BYAR);
        assertThat(ci.lower()).isCloseTo(4.787450, within(1e-5));
        assertThat(ci.upper()).isCloseTo(18.391459, within(1e-5));
        ConfidenceInterval wide = PoissonInterval.of(100, ConfidenceLevel.P998, PoissonMethod.BYAR);
        assertThat(wide.lower()).isCloseTo(71.903692, within(1e-5));
        assertThat(wide.upper()).isCloseTo(134.943622, within(1e-5));
    }

    @Test
    void byar_is_close_to_exact_for_large_counts() {
        ConfidenceInterval byar = PoissonInterval.byar(500, ConfidenceLevel.P95);
        ConfidenceInterval exact = PoissonInterval.exact(500, ConfidenceLevel.P95);
        assertThat(byar.lower()).isCloseTo(exact.lower(), within(0.05));
        assertThat(byar.upper()).isCloseTo(exact.upper(), within(0.05));
    }

    @Test
    void zero_count_has_zero_lower_limit_for_byar() {
        assertThat(PoissonInterval.byar(0, ConfidenceLevel.P95).lower()).isZero();
    }

    @Test
    void crude_rate_divides_limits_by_population() {
        CrudeRate rate = CrudeRate.of(10, 2000, 1000, PoissonMethod.EXACT);
        assertThat(rate.value()).isCloseTo(5.0, within(1e-12));
        assertThat(rate.estimate().ci95().lower()).isCloseTo(4.795389 / 2, within(1e-5));
        assertThat(rate.estimate().ci95().upper()).isCloseTo(18.390356 / 2, within(1e-5));
    }
}
