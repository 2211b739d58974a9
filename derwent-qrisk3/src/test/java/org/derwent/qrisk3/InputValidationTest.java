package org.derwent.qrisk3;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Inputs QRISK3 cannot score are refused with the input, the value and what was expected. */
class InputValidationTest {

    @Test
    void refuses_erectile_dysfunction_for_a_female() {
        assertThatThrownBy(() -> Qrisk3Input.builder(50, Sex.FEMALE).flag(Qrisk3Flag.ERECTILE_DYSFUNCTION, true).build())
                .isInstanceOf(Qrisk3InputException.class).hasMessageStartingWith("b_impotence2 '1': expected 0 for females");
    }

    @Test
    void refuses_implausible_measurements() {
        assertThatThrownBy(() -> Qrisk3Input.builder(50, Sex.MALE).bmi(2.5).build())
                .hasMessage("bmi '2.5': expected a number from 10 to 80 (or blank when unknown)");
        assertThatThrownBy(() -> Qrisk3Input.builder(50, Sex.MALE).systolicBp(1200.0).build())
                .hasMessageStartingWith("sbp '1200.0'");
        assertThatThrownBy(() -> Qrisk3Input.builder(50, Sex.MALE).cholesterolHdlRatio(Double.NaN).build())
                .hasMessageStartingWith("rati 'NaN'");
    }

    @Test
    void refuses_unknown_codes() {
        assertThatThrownBy(() -> Smoking.ofCode(5)).hasMessageStartingWith("smoke_cat '5'");
        assertThatThrownBy(() -> Ethnicity.ofCode(10)).hasMessageStartingWith("ethrisk '10'");
        assertThatThrownBy(() -> Sex.parse("X")).hasMessage("sex 'X': expected F or M (female or male)");
    }

    @Test
    void refuses_a_missing_smoking_status() {
        assertThatThrownBy(() -> Qrisk3Input.builder(50, Sex.MALE).smoking(null).build())
                .hasMessageStartingWith("smoke_cat ''");
    }
}
