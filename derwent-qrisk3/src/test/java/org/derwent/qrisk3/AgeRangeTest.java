package org.derwent.qrisk3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** QRISK3 scores ages 25 to 84 inclusive and refuses ages outside. */
class AgeRangeTest {

    private static Qrisk3Input person(int age, Sex sex) {
        return Qrisk3Input.builder(age, sex).ethnicity(Ethnicity.WHITE_OR_NOT_STATED).bmi(25.0)
                .cholesterolHdlRatio(4.0).systolicBp(125.0).systolicBpSd(8.0).townsend(0.0).build();
    }

    @ParameterizedTest
    @EnumSource(Sex.class)
    void scores_the_boundary_ages(Sex sex) {
        double at25 = Qrisk3.published().percent(person(25, sex));
        double at84 = Qrisk3.published().percent(person(84, sex));
        assertThat(at25).isStrictlyBetween(0.0, 1.0);
        assertThat(at84).isStrictlyBetween(10.0, 100.0);
        assertThat(at84).isGreaterThan(Qrisk3.published().percent(person(83, sex)));
        assertThat(at25).isLessThan(Qrisk3.published().percent(person(26, sex)));
    }

    @Test
    void boundary_ages_have_hand_computed_values() {
        // Computed independently with Python from the equation in reference/methods/qrisk3-2017.md.
        assertThat(Qrisk3.published().percent(person(25, Sex.FEMALE))).isCloseTo(0.118234, within(1e-6));
        assertThat(Qrisk3.published().percent(person(84, Sex.MALE))).isCloseTo(42.492945, within(1e-6));
    }

    @Test
    void refuses_age_24_and_85() {
        assertThatThrownBy(() -> person(24, Sex.MALE)).isInstanceOf(Qrisk3InputException.class)
                .hasMessage("age '24': expected a whole number of years 25-84");
        assertThatThrownBy(() -> person(85, Sex.FEMALE)).isInstanceOf(Qrisk3InputException.class)
                .hasMessageContaining("age '85'");
    }
}
