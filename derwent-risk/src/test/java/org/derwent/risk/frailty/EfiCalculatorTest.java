package org.derwent.risk.frailty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** eFI = deficits present / 36, with its band. */
class EfiCalculatorTest {
    private final EfiCalculator efi = EfiCalculator.standard();

    @Test
    void no_deficits_is_fit_with_score_zero() {
        EfiResult r = efi.score(List.of());
        assertThat(r.count()).isZero();
        assertThat(r.score()).isZero();
        assertThat(r.band()).isEqualTo(EfiBand.FIT);
    }

    @Test
    void five_deficits_is_mild() {
        EfiResult r = efi.score(List.of("falls", "hypertension", "polypharmacy", "visual_impairment", "diabetes"));
        assertThat(r.count()).isEqualTo(5);
        assertThat(r.score()).isEqualTo(5 / 36.0);
        assertThat(r.band()).isEqualTo(EfiBand.MILD);
        assertThat(r.deficits()).containsExactly("diabetes", "falls", "hypertension", "polypharmacy", "visual_impairment");
    }

    @Test
    void a_deficit_given_twice_counts_once() {
        assertThat(efi.score(List.of("falls", "falls", "dizziness")).count()).isEqualTo(2);
    }

    @Test
    void thirteen_deficits_is_severe_and_all_36_score_one() {
        List<String> all = EfiDefinition.bundled().deficits().stream().map(EfiDeficit::id).toList();
        assertThat(efi.score(all.subList(0, 12)).band()).isEqualTo(EfiBand.MODERATE);
        assertThat(efi.score(all.subList(0, 13)).band()).isEqualTo(EfiBand.SEVERE);
        assertThat(efi.score(all).score()).isEqualTo(1.0);
    }

    @Test
    void refuses_an_unknown_deficit() {
        assertThatThrownBy(() -> efi.score(List.of("falls", "fals")))
                .hasMessageStartingWith("unknown eFI deficit 'fals'");
    }
}
