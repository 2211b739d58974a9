package org.derwent.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleOfFiveTest {
    private final Disclosure d = Disclosures.standard();

    @Test
    void suppresses_one_to_seven() {
        for (long n = 1; n <= 7; n++) {
            assertThat(d.protect(n).suppressed()).as("count %d", n).isTrue();
            assertThat(d.protect(n).value()).isNull();
        }
    }

    @Test
    void keeps_zero_as_zero() {
        assertThat(d.protect(0)).isEqualTo(new Disclosure.ProtectedCount(0L, false, false));
    }

    @Test
    void rounds_to_nearest_five() {
        assertThat(d.protect(8).value()).isEqualTo(10L);
        assertThat(d.protect(12).value()).isEqualTo(10L);
        assertThat(d.protect(13).value()).isEqualTo(15L);
        assertThat(d.protect(1002).value()).isEqualTo(1000L);
        assertThat(d.protect(1003).rounded()).isTrue();
    }
}
