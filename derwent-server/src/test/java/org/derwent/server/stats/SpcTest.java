package org.derwent.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers from reference/methods/spc-making-data-count.md (NHSRplotthedots vignette "deviations"). */
class SpcTest {
    static List<String> periods(int n) {
        List<String> p = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.add("p" + i);
        }
        return p;
    }

    @Test
    void screened_limits_match_the_package_vignette() {
        double[] y = {1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1};
        Spc.Chart c = Spc.chart(periods(y.length), y, "higher", null);
        assertThat(c.mean()).isCloseTo(1.94, within(0.01));
        assertThat(c.upper()).isCloseTo(4.6, within(0.01));
        assertThat(c.lower()).isCloseTo(-0.72, within(0.01));
        assertThat(c.points().get(4).cause()).isEqualTo("improvement");
        assertThat(c.points().get(3).cause()).isEqualTo("common_cause");
    }

    @Test
    void seven_rising_points_are_a_trend_and_concern_when_lower_is_better() {
        double[] y = {5, 5.1, 4.9, 5, 5.2, 5.3, 5.4, 5.5, 5.6, 5.7, 5.8};
        Spc.Chart c = Spc.chart(periods(y.length), y, "lower", null);
        assertThat(c.variation()).isEqualTo("concern");
    }

    @Test
    void assurance_compares_target_with_limits() {
        double[] y = {0.70, 0.71, 0.70, 0.72, 0.71, 0.70, 0.71, 0.72, 0.70, 0.71};
        assertThat(Spc.chart(periods(y.length), y, "higher", 0.77).assurance()).isEqualTo("consistent_fail");
        assertThat(Spc.chart(periods(y.length), y, "higher", 0.60).assurance()).isEqualTo("consistent_pass");
        assertThat(Spc.chart(periods(y.length), y, "higher", 0.71).assurance()).isEqualTo("inconsistent");
        assertThat(Spc.chart(periods(y.length), y, "neither", 0.71).assurance()).isEqualTo("none");
    }
}
