package org.derwent.qrisk3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unknown inputs are imputed at the published centring value and reported by name. */
class ImputationTest {
    private static Qrisk3InputBuilder complete(Sex sex) {
        return Qrisk3Input.builder(60, sex).ethnicity(Ethnicity.INDIAN).bmi(28.0).cholesterolHdlRatio(5.0)
                .systolicBp(140.0).systolicBpSd(9.0).townsend(2.0);
    }

    @Test
    void complete_inputs_report_nothing_imputed() {
        assertThat(Qrisk3.published().score(complete(Sex.MALE).build()).imputed()).isEmpty();
    }

    @Test
    void unknown_measurements_are_named_in_source_order() {
        Qrisk3Result r = Qrisk3.published().score(complete(Sex.FEMALE).townsend(null).bmi(null).ethnicity(null).build());
        assertThat(r.imputed()).containsExactly("ethrisk", "bmi", "town");
        assertThat(r.anyImputed()).isTrue();
    }

    @Test
    void unknown_ratio_sbp_sd_and_townsend_score_as_the_female_centring_values() {
        Qrisk3 q = Qrisk3.published();
        double imputed = q.percent(complete(Sex.FEMALE).cholesterolHdlRatio(null).systolicBp(null).systolicBpSd(null)
                .townsend(null).build());
        double atCentre = q.percent(complete(Sex.FEMALE).cholesterolHdlRatio(3.476326465606690)
                .systolicBp(123.130012512207030).systolicBpSd(9.002537727355957).townsend(0.392308831214905).build());
        assertThat(imputed).isEqualTo(atCentre);
    }

    @Test
    void unknown_ratio_and_sbp_score_as_the_male_centring_values() {
        Qrisk3 q = Qrisk3.published();
        double imputed = q.percent(complete(Sex.MALE).cholesterolHdlRatio(null).systolicBp(null).build());
        double atCentre = q.percent(complete(Sex.MALE).cholesterolHdlRatio(4.300998687744141)
                .systolicBp(128.571578979492190).build());
        assertThat(imputed).isEqualTo(atCentre);
    }

    @Test
    void unknown_bmi_scores_close_to_the_bmi_implied_by_the_centring_value() {
        // Female bmi_1 centre 0.154946178197861 = (bmi/10)^-2 gives bmi = 25.404; its bmi_2 is within 4e-5 of the centre.
        Qrisk3 q = Qrisk3.published();
        double imputed = q.percent(complete(Sex.FEMALE).bmi(null).build());
        double implied = q.percent(complete(Sex.FEMALE).bmi(10 / Math.sqrt(0.154946178197861)).build());
        assertThat(imputed).isCloseTo(implied, org.assertj.core.api.Assertions.within(0.01));
        assertThat(imputed).isNotEqualTo(q.percent(complete(Sex.FEMALE).build()));
    }

    @Test
    void unknown_ethnicity_scores_as_white_or_not_stated() {
        Qrisk3 q = Qrisk3.published();
        assertThat(q.percent(complete(Sex.MALE).ethnicity(null).build()))
                .isEqualTo(q.percent(complete(Sex.MALE).ethnicity(Ethnicity.WHITE_OR_NOT_STATED).build()));
    }
}
