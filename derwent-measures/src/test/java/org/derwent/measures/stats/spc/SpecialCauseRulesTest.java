package org.derwent.measures.stats.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.derwent.measures.stats.ImprovementDirection;
import org.junit.jupiter.api.Test;

class SpecialCauseRulesTest {

    private static SpcResult chart(ImprovementDirection d, double... y) {
        return XmrChart.of(SpcTestData.series(y), SpcOptions.defaults(d));
    }

    private static List<Integer> flagged(SpcResult r, SpcRule rule) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < r.points().size(); i++) {
            if (r.points().get(i).rule().equals(Optional.of(rule))) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void seven_increasing_points_are_a_trend_even_across_the_mean() {
        double[] y = SpcTestData.concat(SpcTestData.alternating(5, 6, 5), new double[] {4.0, 4.3, 4.6, 4.9, 5.2, 5.5, 5.8},
                new double[] {5.0, 6, 5, 6});
        SpcResult r = chart(ImprovementDirection.INCREASE, y);
        assertThat(flagged(r, SpcRule.TREND)).containsExactly(10, 11, 12, 13, 14, 15, 16);
        assertThat(r.points().get(10).ruleLabel()).isEqualTo("7 Point Trend (Increasing)");
        assertThat(r.points().get(10).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(r.points().stream().filter(p -> p.rule().isPresent()).count()).isEqualTo(7);
    }

    @Test
    void six_increasing_points_are_not_a_trend() {
        double[] y = SpcTestData.concat(SpcTestData.alternating(5, 6, 5), new double[] {4.3, 4.6, 4.9, 5.2, 5.5, 5.8},
                new double[] {5.0, 6, 5, 6});
        assertThat(flagged(chart(ImprovementDirection.INCREASE, y), SpcRule.TREND)).isEmpty();
    }

    @Test
    void a_tie_breaks_a_trend() {
        double[] y = SpcTestData.concat(SpcTestData.alternating(5, 6, 5), new double[] {4.0, 4.3, 4.6, 4.6, 5.2, 5.5, 5.8},
                new double[] {5.0, 6, 5, 6});
        assertThat(flagged(chart(ImprovementDirection.INCREASE, y), SpcRule.TREND)).isEmpty();
    }

    @Test
    void seven_points_above_the_mean_are_a_shift() {
        double[] y = SpcTestData.concat(SpcTestData.alternating(5, 6, 5), new double[] {6.2, 6.1, 6.3, 6.2, 6.1, 6.3, 6.2},
                new double[] {5, 6, 5});
        SpcResult r = chart(ImprovementDirection.DECREASE, y);
        assertThat(flagged(r, SpcRule.SHIFT)).containsExactly(9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(r.points().get(12).ruleLabel()).isEqualTo("7 Points Above CL");
        assertThat(r.points().get(12).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
    }

    @Test
    void a_point_on_the_mean_breaks_a_run() {
        // mean of this series is exactly 6: 3 above, one on the mean, 3 above, balanced by points below
        double[] y = {7, 7, 7, 6, 7, 7, 7, 5, 5, 5, 6, 5, 5, 5};
        assertThat(flagged(chart(ImprovementDirection.NEUTRAL, y), SpcRule.SHIFT)).isEmpty();
    }

    @Test
    void two_of_three_beyond_two_sigma_on_one_side() {
        double[] y = SpcTestData.concat(SpcTestData.alternating(10, 11, 6), new double[] {13.0, 12.9, 11.0, 10, 11, 10});
        SpcResult r = chart(ImprovementDirection.NEUTRAL, y);
        assertThat(flagged(r, SpcRule.TWO_IN_THREE)).containsExactly(12, 13);
        assertThat(r.points().get(12).ruleLabel()).isEqualTo("2 in 3 Above CL");
        assertThat(r.points().get(12).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH);
        assertThat(r.points().stream().filter(p -> p.rule().isPresent()).count()).isEqualTo(2);
    }

    @Test
    void outside_limits_takes_precedence_over_a_shift() {
        double[] y = SpcTestData.concat(SpcTestData.alternating(10, 11, 8), new double[] {12, 12, 12, 30, 12, 12, 12});
        SpcResult r = chart(ImprovementDirection.INCREASE, y);
        assertThat(r.points().get(19).rule()).contains(SpcRule.OUTSIDE_LIMITS);
        assertThat(flagged(r, SpcRule.SHIFT)).contains(16, 17, 18, 20, 21, 22);
        assertThat(r.variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
    }

    @Test
    void rebasing_gives_each_segment_its_own_limits() {
        double[] y = SpcTestData.concat(SpcTestData.alternating(10, 11, 6), SpcTestData.alternating(20, 21, 6));
        List<SpcInput> in = new ArrayList<>(SpcTestData.series(y));
        in.set(12, new SpcInput(in.get(12).period(), 20, in.get(12).target(), true));
        SpcResult rebased = XmrChart.of(in, SpcOptions.defaults(ImprovementDirection.INCREASE));
        assertThat(rebased.points().get(0).limits().mean()).isEqualTo(10.5);
        assertThat(rebased.last().limits().mean()).isEqualTo(20.5);
        assertThat(rebased.last().segment()).isEqualTo(1);
        assertThat(IntStream.range(0, 24).allMatch(i -> rebased.points().get(i).rule().isEmpty())).isTrue();
        SpcResult single = chart(ImprovementDirection.INCREASE, y);
        assertThat(single.last().pointType()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
    }
}
