package org.derwent.model.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticNhsNumbersTest {
    @Test
    void numbers_are_valid_modulus_11_and_unique_across_a_full_ics() {
        Set<Long> seen = new HashSet<>();
        for (long i = 0; i < 1_200_000; i += (i > 50_000 && i < 850_000) ? 7 : 1) {
            String n = NhsNumber.synthetic(i);
            if (i % 1000 == 0) {
                assertThat(NhsNumber.isValid(n)).as(n).isTrue();
            }
            assertThat(NhsNumber.checkDigit(n.substring(0, 9))).isEqualTo(n.charAt(9) - '0');
            assertThat(seen.add(Long.parseLong(n))).as("duplicate " + n + " at " + i).isTrue();
        }
    }

    @Test
    void the_first_900000_are_in_the_999_test_range() {
        assertThat(NhsNumber.synthetic(0)).startsWith("999000");
        long first = Long.parseLong(NhsNumber.synthetic(0));
        long last = Long.parseLong(NhsNumber.synthetic(NhsNumber.SYNTHETIC_PER_PREFIX - 1));
        assertThat(first).isGreaterThanOrEqualTo(NhsNumber.SYNTHETIC_FIRST);
        assertThat(last).isLessThanOrEqualTo(NhsNumber.SYNTHETIC_LAST);
        assertThat(NhsNumber.synthetic(NhsNumber.SYNTHETIC_PER_PREFIX)).startsWith("998");
    }
}
