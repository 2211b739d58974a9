package org.derwent.risk.frailty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** eFI bands at their exact edges: fit <= 0.12 < mild <= 0.24 < moderate <= 0.36 < severe. */
class EfiBandTest {

    @Test
    void deficit_counts_fall_in_the_published_bands() {
        assertThat(EfiBand.ofCount(0)).isEqualTo(EfiBand.FIT);
        assertThat(EfiBand.ofCount(4)).isEqualTo(EfiBand.FIT);
        assertThat(EfiBand.ofCount(5)).isEqualTo(EfiBand.MILD);
        assertThat(EfiBand.ofCount(8)).isEqualTo(EfiBand.MILD);
        assertThat(EfiBand.ofCount(9)).isEqualTo(EfiBand.MODERATE);
        assertThat(EfiBand.ofCount(12)).isEqualTo(EfiBand.MODERATE);
        assertThat(EfiBand.ofCount(13)).isEqualTo(EfiBand.SEVERE);
        assertThat(EfiBand.ofCount(36)).isEqualTo(EfiBand.SEVERE);
    }

    @Test
    void score_edges_belong_to_the_lower_band() {
        assertThat(EfiBand.ofScore(0.0)).isEqualTo(EfiBand.FIT);
        assertThat(EfiBand.ofScore(0.12)).isEqualTo(EfiBand.FIT);
        assertThat(EfiBand.ofScore(Math.nextUp(0.12))).isEqualTo(EfiBand.MILD);
        assertThat(EfiBand.ofScore(0.24)).isEqualTo(EfiBand.MILD);
        assertThat(EfiBand.ofScore(Math.nextUp(0.24))).isEqualTo(EfiBand.MODERATE);
        assertThat(EfiBand.ofScore(0.36)).isEqualTo(EfiBand.MODERATE);
        assertThat(EfiBand.ofScore(Math.nextUp(0.36))).isEqualTo(EfiBand.SEVERE);
        assertThat(EfiBand.ofScore(1.0)).isEqualTo(EfiBand.SEVERE);
    }

    @Test
    void count_and_score_give_the_same_band_for_every_count() {
        for (int k = 0; k <= 36; k++) {
            assertThat(EfiBand.ofScore(k / 36.0)).as("k=%d", k).isEqualTo(EfiBand.ofCount(k));
        }
    }

    @Test
    void refuses_values_outside_the_scale() {
        assertThatThrownBy(() -> EfiBand.ofCount(37)).hasMessage("eFI deficit count 37: expected 0-36");
        assertThatThrownBy(() -> EfiBand.ofCount(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> EfiBand.ofScore(1.01)).hasMessage("eFI score 1.01: expected a number from 0 to 1");
        assertThatThrownBy(() -> EfiBand.ofScore(Double.NaN)).hasMessageContaining("NaN");
    }
}
