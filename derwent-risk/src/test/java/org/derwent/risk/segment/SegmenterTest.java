package org.derwent.risk.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.derwent.risk.features.PersonFeatures;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static PersonFeatures person(int ltcs, boolean palliative, int codedFrailty, String efi, double cms) {
        return new PersonFeatures("p", "P1", "U1", "PL", "F", "white", 3, new double[0], ltcs, palliative,
                codedFrailty, efi, cms, false);
    }

    @Test
    void precedence_is_end_of_life_frailty_complex_ltc_healthy() {
        Segmenter s = Segmenter.standard(false);
        assertThat(s.of(person(5, true, 3, null, Double.NaN))).isEqualTo(Segment.END_OF_LIFE);
        assertThat(s.of(person(5, false, 2, null, Double.NaN))).isEqualTo(Segment.FRAILTY);
        assertThat(s.of(person(3, false, 1, null, Double.NaN))).isEqualTo(Segment.COMPLEX);
        assertThat(s.of(person(2, false, 0, null, Double.NaN))).isEqualTo(Segment.LONG_TERM_CONDITION);
        assertThat(s.of(person(0, false, 0, null, Double.NaN))).isEqualTo(Segment.HEALTHY);
    }

    @Test
    void with_an_efi_source_frailty_follows_the_efi_category_not_codes() {
        Segmenter s = Segmenter.standard(true);
        assertThat(s.of(person(1, false, 3, "mild", 0.1))).isEqualTo(Segment.LONG_TERM_CONDITION);
        assertThat(s.of(person(0, false, 0, "moderate", 0))).isEqualTo(Segment.FRAILTY);
        assertThat(s.of(person(0, false, 0, "severe", 0))).isEqualTo(Segment.FRAILTY);
    }

    @Test
    void a_high_cms_makes_a_person_complex() {
        Segmenter s = Segmenter.standard(true);
        assertThat(s.of(person(1, false, 0, "fit", 2.5))).isEqualTo(Segment.COMPLEX);
        assertThat(s.of(person(1, false, 0, "fit", 2.49))).isEqualTo(Segment.LONG_TERM_CONDITION);
    }
}
