package org.derwent.measures.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonFunnelTest {

    /** qchisq(0.025, 20)/20 = 0.479539, qchisq(0.975, 22)/20 = 1.839036 and the 0.1%/99.9% pair. */
    @Test
    void exact_limits_at_expected_ten() {
        FunnelLimits l = PoissonFunnel.exact(10, 1);
        assertThat(l.lower998()).isCloseTo(0.2960520, within(1e-6));
        assertThat(l.lower95()).isCloseTo(0.4795389, within(1e-6));
        assertThat(l.upper95()).isCloseTo(1.8390356, within(1e-6));
        assertThat(l.upper998()).isCloseTo(2.4133971, within(1e-6));
    }

    @Test
    void limits_scale_with_target() {
        FunnelLimits one = PoissonFunnel.exact(2.5, 1);
        FunnelLimits two = PoissonFunnel.exact(2.5, 2);
        assertThat(one.lower95()).isCloseTo(0.1662423, within(1e-6));
        assertThat(two.upper998()).isCloseTo(2 * 4.8643773, within(1e-5));
    }

    @Test
    void additive_limits_without_tau_are_close_to_exact_for_large_expected() {
        FunnelLimits exact = PoissonFunnel.exact(5000, 1);
        FunnelLimits additive = PoissonFunnel.additive(5000, 1, 0);
        assertThat(additive.lower95()).isCloseTo(exact.lower95(), within(2e-3));
        assertThat(additive.upper998()).isCloseTo(exact.upper998(), within(2e-3));
    }
}
