package org.derwent.measures.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinomialFunnelTest {

    /**
     * n = 10, p0 = 0.5, by hand: F(1) = 11/1024, F(2) = 56/1024 so for p = 0.025, r = 2,
     * alpha = (56 - 25.6)/45 and the limit is (2 - alpha)/10 = 0.132444; likewise 0.00024, 0.767556, 0.89976.
     */
    @Test
    void interpolated_exact_limits_match_hand_calculation() {
        FunnelLimits l = BinomialFunnel.exact(10, 0.5);
        assertThat(l.lower998()).isCloseTo(0.00024, within(1e-9));
        assertThat(l.lower95()).isCloseTo(0.1324444444, within(1e-9));
        assertThat(l.upper95()).isCloseTo(0.7675555556, within(1e-9));
        assertThat(l.upper998()).isCloseTo(0.89976, within(1e-9));
    }

    /** Values from SciPy's binomial distribution with the same interpolation. */
    @Test
    void matches_independent_calculation_for_practice_sized_denominators() {
        FunnelLimits l = BinomialFunnel.exact(250, 0.77);
        assertThat(l.lower998()).isCloseTo(0.6828035764, within(1e-7));
        assertThat(l.lower95()).isCloseTo(0.7147673588, within(1e-7));
        assertThat(l.upper95()).isCloseTo(0.8191674581, within(1e-7));
        assertThat(l.upper998()).isCloseTo(0.8470255194, within(1e-7));
        FunnelLimits rare = BinomialFunnel.exact(1000, 0.05);
        assertThat(rare.lower95()).isCloseTo(0.0364043477, within(1e-7));
        assertThat(rare.upper998()).isCloseTo(0.0720166796, within(1e-7));
    }

    @Test
    void limits_narrow_as_denominator_grows() {
        FunnelLimits small = BinomialFunnel.exact(50, 0.3);
        FunnelLimits large = BinomialFunnel.exact(5000, 0.3);
        assertThat(large.upper998() - large.lower998()).isLessThan(small.upper998() - small.lower998());
        assertThat(large.lower998()).isLessThan(large.lower95());
        assertThat(large.upper95()).isLessThan(large.upper998());
    }

    @Test
    void normal_and_arcsine_limits_agree_with_exact_for_large_n() {
        FunnelLimits exact = BinomialFunnel.exact(20_000, 0.4);
        FunnelLimits normal = BinomialFunnel.normal(20_000, 0.4, 1);
        FunnelLimits arcsine = BinomialFunnel.arcsine(20_000, 0.4, 0);
        assertThat(normal.upper95()).isCloseTo(exact.upper95(), within(3e-4));
        assertThat(arcsine.lower998()).isCloseTo(exact.lower998(), within(3e-4));
    }

    @Test
    void arcsine_limits_stay_within_zero_and_one() {
        FunnelLimits l = BinomialFunnel.arcsine(5, 0.02, 0.01);
        assertThat(l.lower998()).isZero();
        assertThat(l.upper998()).isLessThanOrEqualTo(1.0);
    }

    /**
     * PHE Fingertips (method d) puts the limit where the Wilson interval of the observed proportion just touches p0;
     * inverting the score test, that is exactly the normal-approximation limit, as this checks.
     */
    @Test
    void wilson_interval_at_normal_limit_touches_the_target() {
        double p0 = 0.77;
        int n = 180;
        FunnelLimits l = BinomialFunnel.normal(n, p0, 1);
        assertThat(org.derwent.measures.stats.proportion.WilsonInterval.of(l.lower95() * n, n,
                org.derwent.measures.stats.ConfidenceLevel.P95).upper()).isCloseTo(p0, within(1e-12));
        assertThat(org.derwent.measures.stats.proportion.WilsonInterval.of(l.upper998() * n, n,
                org.derwent.measures.stats.ConfidenceLevel.P998).lower()).isCloseTo(p0, within(1e-12));
    }
}
