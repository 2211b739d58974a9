package org.derwent.measures.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.derwent.measures.stats.ImprovementDirection;
import org.junit.jupiter.api.Test;

class OverdispersionTest {
    static final double[] O = {30, 45, 12, 80, 55, 20, 66, 41, 90, 15, 33, 70};
    static final double[] N = {100, 120, 60, 150, 140, 90, 130, 100, 160, 80, 95, 140};

    static List<FunnelUnit> units() {
        List<FunnelUnit> units = new ArrayList<>();
        for (int i = 0; i < O.length; i++) {
            units.add(new FunnelUnit("U" + i, O[i], N[i]));
        }
        return units;
    }

    /** phi and tau2 computed independently with NumPy (type-7 quantiles, winsorised at 10%/90%). */
    @Test
    void proportions_on_arcsine_scale_match_independent_calculation() {
        double p0 = 557.0 / 1365.0;
        Overdispersion od = Overdispersion.proportions(units(), p0);
        assertThat(od.phi()).isCloseTo(6.410315258758183, within(1e-9));
        assertThat(od.tau2()).isCloseTo(0.013252719284014586, within(1e-12));
    }

    @Test
    void under_dispersed_ratios_have_no_random_effect() {
        double[] e = {25, 50, 10, 70, 60, 30, 60, 40, 80, 20, 30, 60};
        Overdispersion od = Overdispersion.ratios(O, e);
        assertThat(od.phi()).isCloseTo(0.7986626779130145, within(1e-9));
        assertThat(od.tau2()).isZero();
    }

    @Test
    void additive_adjustment_widens_the_limits() {
        FunnelAnalysis plain = FunnelAnalysis.run(units(), FunnelType.PROPORTION, OptionalDouble.empty(),
                OverdispersionMethod.NONE, ImprovementDirection.INCREASE, 1);
        FunnelAnalysis adjusted = FunnelAnalysis.run(units(), FunnelType.PROPORTION, OptionalDouble.empty(),
                OverdispersionMethod.ADDITIVE, ImprovementDirection.INCREASE, 1);
        FunnelLimits at100 = adjusted.points().get(0).limits();
        assertThat(at100.lower95()).isCloseTo(0.1868006207170827, within(1e-9));
        assertThat(at100.upper998()).isCloseTo(0.7785019873960846, within(1e-9));
        long plainOutliers = plain.points().stream().filter(p -> p.flag() != OutlierFlag.NONE).count();
        long adjustedOutliers = adjusted.points().stream().filter(p -> p.flag() != OutlierFlag.NONE).count();
        assertThat(adjustedOutliers).isLessThan(plainOutliers);
    }

    @Test
    void type7_quantile_interpolates() {
        assertThat(Overdispersion.quantile7(new double[] {1, 2, 3, 4, 5}, 0.1)).isCloseTo(1.4, within(1e-12));
        assertThat(Overdispersion.quantile7(new double[] {1, 2, 3, 4, 5}, 0.9)).isCloseTo(4.6, within(1e-12));
    }
}
