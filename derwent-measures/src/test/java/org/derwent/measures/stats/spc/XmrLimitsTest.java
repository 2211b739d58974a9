package org.derwent.measures.stats.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalInt;
import org.derwent.measures.stats.ImprovementDirection;
import org.junit.jupiter.api.Test;

class XmrLimitsTest {
    /** NHSRplotthedots vignette "deviations": 18 daily points from 2021-03-22. */
    static final double[] VIGNETTE = {1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1};

    @Test
    void screened_limits_match_package_vignette() {
        SpcResult r = XmrChart.of(SpcTestData.series(VIGNETTE), SpcOptions.defaults(ImprovementDirection.NEUTRAL));
        SpcLimits l = r.last().limits();
        assertThat(l.mean()).isCloseTo(1.94, within(0.005));
        assertThat(l.upper()).isCloseTo(4.6, within(0.005));
        assertThat(l.lower()).isCloseTo(-0.72, within(0.005));
        assertThat(l.movingRangeMean()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void unscreened_limits_match_making_data_count_excel() {
        SpcOptions excel = new SpcOptions(ImprovementDirection.NEUTRAL, false, OptionalInt.empty());
        SpcLimits l = XmrChart.of(SpcTestData.series(VIGNETTE), excel).last().limits();
        assertThat(l.upper()).isCloseTo(6.95, within(0.005));
        assertThat(l.lower()).isCloseTo(-3.06, within(0.005));
        assertThat(l.movingRangeMean()).isCloseTo(32.0 / 17, within(1e-12));
    }

    @Test
    void only_the_tenth_is_special_cause_in_the_vignette() {
        for (boolean screen : new boolean[] {true, false}) {
            SpcResult r = XmrChart.of(SpcTestData.series(VIGNETTE),
                    new SpcOptions(ImprovementDirection.INCREASE, screen, OptionalInt.empty()));
            for (int i = 0; i < VIGNETTE.length; i++) {
                SpcPoint p = r.points().get(i);
                if (i == 4) {
                    assertThat(p.ruleLabel()).isEqualTo("Above UCL");
                    assertThat(p.pointType()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
                } else {
                    assertThat(p.pointType()).as("point %d", i + 1).isEqualTo(PointType.COMMON_CAUSE);
                }
            }
            assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        }
    }

    @Test
    void near_limits_are_two_thirds_of_the_way() {
        SpcLimits l = SpcLimits.of(10, 3);
        assertThat(l.nearUpper()).isCloseTo(10 + 2 * 2.66, within(1e-12));
        assertThat(l.upper()).isCloseTo(10 + 3 * 2.66, within(1e-12));
    }

    @Test
    void fixed_baseline_uses_the_first_points_only() {
        double[] y = SpcTestData.concat(SpcTestData.alternating(10, 12, 6), SpcTestData.alternating(30, 32, 3));
        SpcResult r = XmrChart.of(SpcTestData.series(y),
                new SpcOptions(ImprovementDirection.DECREASE, true, OptionalInt.of(12)));
        assertThat(r.last().limits().mean()).isCloseTo(11.0, within(1e-12));
        assertThat(r.last().limits().movingRangeMean()).isCloseTo(2.0, within(1e-12));
        assertThat(r.last().pointType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(r.variation()).isEqualTo(VariationIcon.CONCERN_HIGH);
        assertThat(r.warnings()).isEmpty();
    }
}
