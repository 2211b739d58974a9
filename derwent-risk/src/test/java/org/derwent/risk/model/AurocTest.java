package org.derwent.risk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AurocTest {
    @Test
    void perfect_separation_is_one_and_reversed_is_zero() {
        boolean[] y = {false, false, true, true};
        assertThat(Auroc.of(new double[] {0.1, 0.2, 0.3, 0.4}, y)).isEqualTo(1.0);
        assertThat(Auroc.of(new double[] {0.4, 0.3, 0.2, 0.1}, y)).isEqualTo(0.0);
    }

    @Test
    void known_answer_with_a_tie() {
        // pairs (event, non-event): (0.8 vs 0.1) 1, (0.8 vs 0.4) 1, (0.4 vs 0.1) 1, (0.4 vs 0.4) 0.5 -> 3.5 / 4
        assertThat(Auroc.of(new double[] {0.1, 0.4, 0.4, 0.8}, new boolean[] {false, false, true, true}))
                .isEqualTo(0.875);
    }

    @Test
    void no_events_is_nan() {
        assertThat(Auroc.of(new double[] {0.1, 0.2}, new boolean[] {false, false})).isNaN();
    }
}
