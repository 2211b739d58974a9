package org.derwent.qrisk3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Switching each yes/no input on moves the score the way the published equation says. Across 25-84 every factor
 * raises risk except at the ages listed here, where the published age interactions reverse the hazard ratio; those
 * reversals were found independently (Python, straight from the coefficients JSON) and are part of QRISK3-2017.
 */
class RiskFactorDirectionTest {
    private static final Map<String, Set<Integer>> REVERSED = Map.of(
            "FEMALE MIGRAINE", range(80, 84),
            "FEMALE CKD_STAGE_3_TO_5", range(78, 84),
            "MALE ERECTILE_DYSFUNCTION", range(75, 84),
            "MALE CKD_STAGE_3_TO_5", range(80, 84),
            "FEMALE EX_SMOKER", range(25, 31),
            "MALE EX_SMOKER", range(80, 84));

    private static Set<Integer> range(int from, int to) {
        return Set.copyOf(IntStream.rangeClosed(from, to).boxed().toList());
    }

    private static Qrisk3InputBuilder base(int age, Sex sex) {
        return Qrisk3Input.builder(age, sex).ethnicity(Ethnicity.WHITE_OR_NOT_STATED).bmi(25.0)
                .cholesterolHdlRatio(4.0).systolicBp(125.0).systolicBpSd(8.0).townsend(0.0);
    }

    private static double score(Qrisk3InputBuilder b) {
        return Qrisk3.published().percent(b.build());
    }

    @Test
    void each_flag_moves_the_score_in_the_published_direction_at_every_age() {
        for (Sex sex : Sex.values()) {
            for (Qrisk3Flag f : Qrisk3Flag.values()) {
                if (f == Qrisk3Flag.ERECTILE_DYSFUNCTION && sex == Sex.FEMALE) {
                    continue;
                }
                Set<Integer> reversed = REVERSED.getOrDefault(sex + " " + f, Set.of());
                for (int age = 25; age <= 84; age++) {
                    double off = score(base(age, sex));
                    double on = score(base(age, sex).flag(f, true));
                    if (reversed.contains(age)) {
                        assertThat(on).as("%s %s age %d", sex, f, age).isLessThan(off);
                    } else {
                        assertThat(on).as("%s %s age %d", sex, f, age).isGreaterThan(off);
                    }
                }
            }
        }
    }

    @Test
    void diabetes_and_each_smoking_category_raise_risk_except_published_reversals() {
        for (Sex sex : Sex.values()) {
            for (int age = 25; age <= 84; age++) {
                double none = score(base(age, sex));
                assertThat(score(base(age, sex).diabetes(Diabetes.TYPE_1))).isGreaterThan(none);
                assertThat(score(base(age, sex).diabetes(Diabetes.TYPE_2))).isGreaterThan(none);
                for (Smoking s : Smoking.values()) {
                    if (s == Smoking.NON_SMOKER) {
                        continue;
                    }
                    double smoker = score(base(age, sex).smoking(s));
                    if (REVERSED.getOrDefault(sex + " " + s, Set.of()).contains(age)) {
                        assertThat(smoker).as("%s %s age %d", sex, s, age).isLessThan(none);
                    } else {
                        assertThat(smoker).as("%s %s age %d", sex, s, age).isGreaterThan(none);
                    }
                }
            }
        }
    }

    @Test
    void female_ckd_at_84_is_the_published_reversal() {
        // Python from the coefficients JSON: 31.550495 with CKD 3-5, 35.077728 without.
        assertThat(score(base(84, Sex.FEMALE).flag(Qrisk3Flag.CKD_STAGE_3_TO_5, true))).isCloseTo(31.550495, within(1e-5));
        assertThat(score(base(84, Sex.FEMALE))).isCloseTo(35.077728, within(1e-5));
    }

    @Test
    void higher_measurements_raise_risk_at_55() {
        for (Sex sex : Sex.values()) {
            assertThat(score(base(55, sex).systolicBp(160.0))).isGreaterThan(score(base(55, sex)));
            assertThat(score(base(55, sex).cholesterolHdlRatio(7.0))).isGreaterThan(score(base(55, sex)));
            assertThat(score(base(55, sex).systolicBpSd(20.0))).isGreaterThan(score(base(55, sex)));
            assertThat(score(base(55, sex).townsend(6.0))).isGreaterThan(score(base(55, sex)));
            assertThat(score(base(55, sex).bmi(35.0))).isGreaterThan(score(base(55, sex)));
        }
    }
}
