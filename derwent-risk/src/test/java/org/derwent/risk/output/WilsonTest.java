package org.derwent.risk.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonTest {
    @Test
    void known_interval_for_10_of_100() {
        double[] ci = Wilson.interval(10, 100);
        assertThat(ci[0]).isCloseTo(0.05523, within(1e-4));
        assertThat(ci[1]).isCloseTo(0.17437, within(1e-4));
    }

    @Test
    void funnel_flags_use_95_and_998_limits() {
        // p0 = 0.1, n = 400: se = 0.015; 95% limits 0.0706-0.1294, 99.8% 0.0536-0.1464
        assertThat(Wilson.funnelFlag(40, 400, 0.1)).isEqualTo("within");
        assertThat(Wilson.funnelFlag(54, 400, 0.1)).isEqualTo("high_95");
        assertThat(Wilson.funnelFlag(60, 400, 0.1)).isEqualTo("high_998");
        assertThat(Wilson.funnelFlag(27, 400, 0.1)).isEqualTo("low_95");
        assertThat(Wilson.funnelFlag(20, 400, 0.1)).isEqualTo("low_998");
    }
}
