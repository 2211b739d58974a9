package org.derwent.ingest.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Well-formed LOINC (Mod 10 check digit) and RxNorm codes for the quality report's malformed-code count. */
class LoincRxnormFormatTest {

    @Test
    void loinc_codes_need_a_hyphen_and_the_right_check_digit() {
        assertThat(CodeFormat.valid("loinc", "8480-6")).isTrue();
        assertThat(CodeFormat.valid("loinc", "85354-9")).isTrue();
        assertThat(CodeFormat.valid("loinc", "4548-4")).isTrue();
        assertThat(CodeFormat.valid("loinc", "8480-5")).isFalse();
        assertThat(CodeFormat.valid("loinc", "84806")).isFalse();
        assertThat(CodeFormat.valid("loinc", "LP1234-5")).isFalse();
    }

    @Test
    void rxnorm_codes_are_concept_ids() {
        assertThat(CodeFormat.valid("rxnorm", "314076")).isTrue();
        assertThat(CodeFormat.valid("rxnorm", "0314076")).isFalse();
        assertThat(CodeFormat.valid("rxnorm", "31407a")).isFalse();
    }
}
