package org.derwent.measures.stats.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.derwent.measures.stats.ImprovementDirection;
import org.junit.jupiter.api.Test;

class AssuranceIconTest {

    @Test
    void higher_is_better() {
        assertThat(AssuranceIcon.of(OptionalDouble.of(60), 70, 80, ImprovementDirection.INCREASE)).isEqualTo(AssuranceIcon.CONSISTENT_PASS);
        assertThat(AssuranceIcon.of(OptionalDouble.of(90), 70, 80, ImprovementDirection.INCREASE)).isEqualTo(AssuranceIcon.CONSISTENT_FAIL);
        assertThat(AssuranceIcon.of(OptionalDouble.of(77), 70, 80, ImprovementDirection.INCREASE)).isEqualTo(AssuranceIcon.HIT_AND_MISS);
        assertThat(AssuranceIcon.of(OptionalDouble.of(80), 70, 80, ImprovementDirection.INCREASE)).isEqualTo(AssuranceIcon.HIT_AND_MISS);
    }

    @Test
    void lower_is_better() {
        assertThat(AssuranceIcon.of(OptionalDouble.of(60), 70, 80, ImprovementDirection.DECREASE)).isEqualTo(AssuranceIcon.CONSISTENT_FAIL);
        assertThat(AssuranceIcon.of(OptionalDouble.of(90), 70, 80, ImprovementDirection.DECREASE)).isEqualTo(AssuranceIcon.CONSISTENT_PASS);
    }

    @Test
    void none_without_target_or_direction() {
        assertThat(AssuranceIcon.of(OptionalDouble.empty(), 70, 80, ImprovementDirection.INCREASE)).isEqualTo(AssuranceIcon.NONE);
        assertThat(AssuranceIcon.of(OptionalDouble.of(50), 70, 80, ImprovementDirection.NEUTRAL)).isEqualTo(AssuranceIcon.NONE);
    }

    @Test
    void chart_uses_the_latest_target() {
        List<SpcInput> in = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            in.add(new SpcInput("M" + i, 76 + (i % 2), OptionalDouble.of(i < 23 ? 90 : 77), false));
        }
        SpcResult r = XmrChart.of(in, SpcOptions.defaults(ImprovementDirection.INCREASE));
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.HIT_AND_MISS);
    }
}
