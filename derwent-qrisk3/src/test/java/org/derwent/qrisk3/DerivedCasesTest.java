package org.derwent.qrisk3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Cases with many inputs switched on, so every term and interaction is exercised. Expected values were computed
 * independently in Python directly from reference/methods/qrisk3-2017-coefficients.json and the model form in
 * reference/methods/qrisk3-2017.md (not from this code).
 */
class DerivedCasesTest {
    private final Qrisk3 q = Qrisk3.published();

    @Test
    void male_with_af_ed_ckd_treated_hypertension_type2_and_family_history() {
        Qrisk3Input in = Qrisk3Input.builder(64, Sex.MALE).ethnicity(Ethnicity.INDIAN).smoking(Smoking.MODERATE)
                .bmi(31.2).cholesterolHdlRatio(5.1).systolicBp(152.0).systolicBpSd(14.0).townsend(3.2)
                .diabetes(Diabetes.TYPE_2).flag(Qrisk3Flag.ATRIAL_FIBRILLATION, true)
                .flag(Qrisk3Flag.ERECTILE_DYSFUNCTION, true).flag(Qrisk3Flag.CKD_STAGE_3_TO_5, true)
                .flag(Qrisk3Flag.TREATED_HYPERTENSION, true).flag(Qrisk3Flag.FAMILY_HISTORY_CHD, true).build();
        assertThat(q.percent(in)).isCloseTo(96.803096, within(1e-5));
    }

    @Test
    void female_with_steroids_migraine_sle_and_family_history() {
        Qrisk3Input in = Qrisk3Input.builder(52, Sex.FEMALE).ethnicity(Ethnicity.BLACK_CARIBBEAN).smoking(Smoking.EX_SMOKER)
                .bmi(27.5).cholesterolHdlRatio(3.9).systolicBp(134.0).systolicBpSd(6.5).townsend(-1.8)
                .flag(Qrisk3Flag.CORTICOSTEROIDS, true).flag(Qrisk3Flag.MIGRAINE, true).flag(Qrisk3Flag.SLE, true)
                .flag(Qrisk3Flag.FAMILY_HISTORY_CHD, true).build();
        assertThat(q.percent(in)).isCloseTo(12.078660, within(1e-5));
    }

    @Test
    void oldest_male_heavy_smoker_other_ethnic_group() {
        Qrisk3Input in = Qrisk3Input.builder(84, Sex.MALE).ethnicity(Ethnicity.OTHER).smoking(Smoking.HEAVY).bmi(26.0)
                .cholesterolHdlRatio(4.4).systolicBp(148.0).systolicBpSd(12.0).townsend(-2.5)
                .flag(Qrisk3Flag.TREATED_HYPERTENSION, true).build();
        assertThat(q.percent(in)).isCloseTo(48.292082, within(1e-5));
    }

    @Test
    void male_with_severe_mental_illness_antipsychotic_and_type1() {
        Qrisk3Input in = Qrisk3Input.builder(45, Sex.MALE).ethnicity(Ethnicity.BLACK_AFRICAN).smoking(Smoking.HEAVY)
                .bmi(33.0).cholesterolHdlRatio(6.0).systolicBp(128.0).systolicBpSd(9.0).townsend(5.0)
                .diabetes(Diabetes.TYPE_1).flag(Qrisk3Flag.ATYPICAL_ANTIPSYCHOTIC, true)
                .flag(Qrisk3Flag.SEVERE_MENTAL_ILLNESS, true).build();
        assertThat(q.percent(in)).isCloseTo(26.176895, within(1e-5));
    }
}
