package org.derwent.risk.frailty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Value-based deficit rules at their thresholds. */
class EfiValueRuleTest {
    private final List<EfiValueRule> rules = EfiDefinition.bundled().valueRules();

    private boolean marks(String deficit, String code, double value, String sex) {
        return rules.stream().filter(r -> r.deficit().equals(deficit) && r.codes().contains(code))
                .anyMatch(r -> r.matches(value, sex));
    }

    @Test
    void anaemia_thresholds_depend_on_sex_and_unit() {
        assertThat(marks("anaemia", "423..", 12.9, "male")).isTrue();
        assertThat(marks("anaemia", "423..", 13.0, "male")).isFalse();
        assertThat(marks("anaemia", "423..", 129, "male")).isTrue();
        assertThat(marks("anaemia", "423..", 130, "male")).isFalse();
        assertThat(marks("anaemia", "423..", 12.0, "female")).isFalse();
        assertThat(marks("anaemia", "423..", 11.4, "female")).isTrue();
        assertThat(marks("anaemia", "423..", 114, "FEMALE")).isTrue();
        assertThat(marks("anaemia", "423..", 115, "female")).isFalse();
        assertThat(marks("anaemia", "423..", 10, null)).isFalse();
    }

    @Test
    void thresholds_are_strict_or_inclusive_as_published() {
        assertThat(marks("thyroid_disease", "XE2wy", 0.35, null)).isTrue();
        assertThat(marks("thyroid_disease", "XE2wy", 0.36, null)).isFalse();
        assertThat(marks("thyroid_disease", "XE2wy", 5.5, null)).isFalse();
        assertThat(marks("thyroid_disease", "XE2wy", 5.51, null)).isTrue();
        assertThat(marks("activity_limitation", "39F..", 18, null)).isTrue();
        assertThat(marks("activity_limitation", "39F..", 19, null)).isFalse();
        assertThat(marks("memory_cognitive_problems", "3AD3.", 8, null)).isTrue();
        assertThat(marks("osteoporosis", "58EE.", -2.5, null)).isTrue();
        assertThat(marks("osteoporosis", "58EE.", -2.4, null)).isFalse();
        assertThat(marks("falls", "16D2.", 0, null)).isFalse();
        assertThat(marks("falls", "16D2.", 1, null)).isTrue();
        assertThat(marks("chronic_kidney_disease", "451E.", 59.9, null)).isTrue();
        assertThat(marks("chronic_kidney_disease", "451E.", 60, null)).isFalse();
        assertThat(marks("atrial_fibrillation", "38DE.", 0, null)).isTrue();
        assertThat(marks("chronic_kidney_disease", "1011481000000105", 45, null)).isTrue();
        assertThat(marks("chronic_kidney_disease", "1011481000000105", 60, null)).isFalse();
    }
}
