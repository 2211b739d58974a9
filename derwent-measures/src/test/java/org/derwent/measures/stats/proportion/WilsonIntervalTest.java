package org.derwent.measures.stats.proportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.derwent.measures.stats.ConfidenceInterval;
import org.derwent.measures.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    /** Newcombe (1998) Stat Med 17:857-872, Table II method 3 (score interval without continuity correction). */
    @Test
    void matches_newcombe_1998_published_examples() {
        check(81, 263, 0.2553, 0.3662);
        check(15, 148, 0.0624, 0.1605);
        check(0, 20, 0.0, 0.1611);
        check(1, 29, 0.0061, 0.1718);
    }

    private static void check(int x, int n, double lower, double upper) {
        ConfidenceInterval ci = WilsonInterval.of(x, n, ConfidenceLevel.P95);
        assertThat(ci.lower()).isCloseTo(lower, within(0.00006));
        assertThat(ci.upper()).isCloseTo(upper, within(0.00006));
    }

    @Test
    void all_successes_has_upper_limit_one_and_mirrors_zero_successes() {
        ConfidenceInterval none = WilsonInterval.of(0, 20, ConfidenceLevel.P95);
        ConfidenceInterval all = WilsonInterval.of(20, 20, ConfidenceLevel.P95);
        assertThat(all.upper()).isEqualTo(1.0);
        assertThat(all.lower()).isCloseTo(1 - none.upper(), within(1e-12));
    }

    @Test
    void wider_at_998_than_at_95() {
        ConfidenceInterval ci95 = WilsonInterval.of(30, 100, ConfidenceLevel.P95);
        ConfidenceInterval ci998 = WilsonInterval.of(30, 100, ConfidenceLevel.P998);
        assertThat(ci998.lower()).isLessThan(ci95.lower());
        assertThat(ci998.upper()).isGreaterThan(ci95.upper());
        assertThat(ci998.level()).isEqualTo(0.998);
    }

    @Test
    void proportion_carries_value_and_interval() {
        Proportion p = Proportion.of(77, 100);
        assertThat(p.value()).isEqualTo(0.77);
        assertThat(p.percent()).isCloseTo(77.0, within(1e-9));
        assertThat(p.ci95().contains(0.77)).isTrue();
    }

    @Test
    void rejects_numerator_above_denominator_and_empty_denominator() {
        assertThatThrownBy(() -> Proportion.of(11, 10)).hasMessageContaining("11");
        assertThatThrownBy(() -> Proportion.of(0, 0)).hasMessageContaining("denominator");
    }
}
