package org.derwent.risk.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers worked by hand. */
class ContinuityIndexTest {
    @Test
    void all_contacts_with_one_provider_give_one() {
        assertThat(ContinuityIndex.upc(List.of(5))).isEqualTo(1.0);
        assertThat(ContinuityIndex.coc(List.of(5))).isEqualTo(1.0);
    }

    @Test
    void every_contact_with_a_different_provider_gives_zero_coc() {
        // N = 4, sum n^2 = 4: COC = (4 - 4) / (4 * 3) = 0; UPC = 1/4
        assertThat(ContinuityIndex.coc(List.of(1, 1, 1, 1))).isEqualTo(0.0);
        assertThat(ContinuityIndex.upc(List.of(1, 1, 1, 1))).isEqualTo(0.25);
    }

    @Test
    void three_two_one_split() {
        // N = 6, sum n^2 = 9 + 4 + 1 = 14: COC = (14 - 6) / (6 * 5) = 8/30; UPC = 3/6
        assertThat(ContinuityIndex.coc(List.of(3, 2, 1))).isCloseTo(8.0 / 30, within(1e-12));
        assertThat(ContinuityIndex.upc(List.of(3, 2, 1))).isEqualTo(0.5);
    }

    @Test
    void two_even_providers() {
        // N = 4, sum n^2 = 8: COC = 4 / 12 = 1/3; UPC = 0.5
        assertThat(ContinuityIndex.coc(List.of(2, 2))).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(ContinuityIndex.upc(List.of(2, 2))).isEqualTo(0.5);
    }

    @Test
    void fewer_than_two_contacts_is_an_error_naming_the_counts() {
        assertThatThrownBy(() -> ContinuityIndex.coc(List.of(1))).hasMessageContaining("at least 2").hasMessageContaining("[1]");
    }
}
