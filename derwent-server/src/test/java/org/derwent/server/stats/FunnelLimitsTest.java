package org.derwent.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FunnelLimitsTest {
    @Test
    void limits_match_the_normal_approximation_for_large_denominators() {
        var l = FunnelLimits.at(0.5, 10_000);
        double se = Math.sqrt(0.25 / 10_000);
        assertThat(l.upper95()).isCloseTo(0.5 + 1.96 * se, within(0.0005));
        assertThat(l.lower95()).isCloseTo(0.5 - 1.96 * se, within(0.0005));
        assertThat(l.upper998()).isCloseTo(0.5 + 3.09 * se, within(0.0005));
    }

    @Test
    void limits_narrow_as_denominators_grow_and_stay_in_zero_one() {
        var curve = FunnelLimits.curve(0.9, 5, 5000);
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).upper998() - curve.get(i).lower998())
                    .isLessThanOrEqualTo(curve.get(i - 1).upper998() - curve.get(i - 1).lower998() + 1e-9);
        }
        curve.forEach(l -> assertThat(l.upper998()).isBetween(0.0, 1.0));
        curve.forEach(l -> assertThat(l.lower998()).isBetween(0.0, 1.0));
    }
}
