package org.derwent.model.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NhsNumberTest {
    @Test
    void published_example_is_valid_and_a_changed_digit_is_not() {
        // 943 476 5919 is the NHS Digital documentation example.
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.isValid("943 476 5919")).isTrue();
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid("94347659x9")).isFalse();
    }

    @Test
    void synthetic_numbers_are_valid_distinct_and_in_the_test_range() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 200_000; i += 7) {
            String n = NhsNumber.synthetic(i);
            assertThat(NhsNumber.isValid(n)).as(n).isTrue();
            assertThat(Long.parseLong(n)).isBetween(NhsNumber.SYNTHETIC_FIRST, NhsNumber.SYNTHETIC_LAST);
            assertThat(seen.add(n)).as("duplicate %s", n).isTrue();
        }
    }
}
