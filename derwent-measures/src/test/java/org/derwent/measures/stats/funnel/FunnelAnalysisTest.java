package org.derwent.measures.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.derwent.measures.stats.ConfidenceLevel;
import org.derwent.measures.stats.ImprovementDirection;
import org.junit.jupiter.api.Test;

class FunnelAnalysisTest {

    private static FunnelAnalysis run(ImprovementDirection direction) {
        List<FunnelUnit> units = List.of(new FunnelUnit("A", 500, 1000), new FunnelUnit("B", 700, 1000),
                new FunnelUnit("C", 300, 1000), new FunnelUnit("D", 520, 1000));
        return FunnelAnalysis.run(units, FunnelType.PROPORTION, OptionalDouble.empty(), OverdispersionMethod.NONE,
                direction, 100);
    }

    @Test
    void target_defaults_to_pooled_proportion_and_values_are_multiplied() {
        FunnelAnalysis f = run(ImprovementDirection.INCREASE);
        assertThat(f.target()).isCloseTo(0.505, within(1e-12));
        assertThat(f.points().get(0).value()).isCloseTo(50.0, within(1e-9));
        assertThat(f.points().get(0).limits().target()).isCloseTo(50.5, within(1e-9));
        assertThat(f.points().get(0).limits().lower95())
                .isCloseTo(100 * BinomialFunnel.exact(1000, 0.505).lower95(), within(1e-9));
    }

    @Test
    void flags_read_with_improvement_direction() {
        FunnelAnalysis up = run(ImprovementDirection.INCREASE);
        assertThat(up.points()).extracting(FunnelPoint::flag).containsExactly(OutlierFlag.NONE, OutlierFlag.POSITIVE,
                OutlierFlag.NEGATIVE, OutlierFlag.NONE);
        assertThat(up.points().get(1).significance()).isEqualTo(FunnelSignificance.HIGH_998);
        FunnelAnalysis down = run(ImprovementDirection.DECREASE);
        assertThat(down.points().get(1).flag()).isEqualTo(OutlierFlag.NEGATIVE);
        FunnelAnalysis neutral = run(ImprovementDirection.NEUTRAL);
        assertThat(neutral.points().get(2).flag()).isEqualTo(OutlierFlag.LOW);
    }

    @Test
    void significance_between_95_and_998_is_an_alert_not_an_outlier() {
        FunnelLimits l = new FunnelLimits(100, 0.5, 0.3, 0.4, 0.6, 0.7);
        FunnelSignificance s = FunnelSignificance.of(0.65, l);
        assertThat(s).isEqualTo(FunnelSignificance.HIGH_95);
        assertThat(s.label()).isEqualTo("High (0.025)");
        assertThat(OutlierFlag.of(s, ImprovementDirection.INCREASE, ConfidenceLevel.P998)).isEqualTo(OutlierFlag.NONE);
        assertThat(OutlierFlag.of(s, ImprovementDirection.INCREASE, ConfidenceLevel.P95)).isEqualTo(OutlierFlag.POSITIVE);
        assertThat(FunnelSignificance.of(0.6, l)).isEqualTo(FunnelSignificance.NOT_SIGNIFICANT);
    }

    @Test
    void rates_use_poisson_limits_around_pooled_rate() {
        List<FunnelUnit> units = List.of(new FunnelUnit("A", 10, 1000), new FunnelUnit("B", 30, 1000));
        FunnelAnalysis f = FunnelAnalysis.run(units, FunnelType.RATE, OptionalDouble.empty(), OverdispersionMethod.NONE,
                ImprovementDirection.DECREASE, 1000);
        FunnelLimits l = f.points().get(0).limits();
        assertThat(l.target()).isCloseTo(20.0, within(1e-9));
        assertThat(l.lower95()).isCloseTo(1000 * 0.02 * PoissonFunnel.exact(20, 1).lower95(), within(1e-9));
    }

    @Test
    void ratios_default_to_target_one() {
        List<FunnelUnit> units = List.of(new FunnelUnit("A", 25, 10), new FunnelUnit("B", 10, 10));
        FunnelAnalysis f = FunnelAnalysis.run(units, FunnelType.RATIO, OptionalDouble.empty(), OverdispersionMethod.NONE,
                ImprovementDirection.DECREASE, 1);
        assertThat(f.target()).isEqualTo(1.0);
        assertThat(f.points().get(0).limits().upper998()).isCloseTo(2.4133971, within(1e-6));
        assertThat(f.points().get(0).flag()).isEqualTo(OutlierFlag.NEGATIVE);
    }

    @Test
    void rejects_numerator_above_denominator_naming_the_unit() {
        List<FunnelUnit> units = List.of(new FunnelUnit("Z99", 11, 10));
        assertThatThrownBy(() -> FunnelAnalysis.run(units, FunnelType.PROPORTION, OptionalDouble.empty(),
                OverdispersionMethod.NONE, ImprovementDirection.INCREASE, 1)).hasMessageContaining("Z99");
    }
}
