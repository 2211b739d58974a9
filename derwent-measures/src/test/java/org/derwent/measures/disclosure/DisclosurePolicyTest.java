package org.derwent.measures.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DisclosurePolicyTest {
    private final DisclosurePolicy policy = DisclosurePolicy.defaults();

    /** reference/methods/disclosure-control.md, "redact <=7 then round to 5" and NHS Digital HES/ECDS columns. */
    @Test
    void suppresses_one_to_seven_and_rounds_the_rest_to_nearest_five() {
        long[][] shown = {{0, 0}, {8, 10}, {10, 10}, {12, 10}, {13, 15}, {17, 15}, {18, 20}, {22, 20}, {23, 25},
            {100, 100}, {102, 100}, {103, 105}};
        for (long[] pair : shown) {
            assertThat(policy.isSmall(pair[0])).as("%d", pair[0]).isFalse();
            assertThat(policy.round(pair[0])).as("%d", pair[0]).isEqualTo(pair[1]);
        }
        for (long small : new long[] {1, 5, 7}) {
            assertThat(policy.isSmall(small)).isTrue();
        }
    }

    @Test
    void threshold_and_base_are_configurable() {
        DisclosurePolicy old = new DisclosurePolicy(5, 10);
        assertThat(old.isSmall(5)).isTrue();
        assertThat(old.isSmall(6)).isFalse();
        assertThat(old.round(14)).isEqualTo(10);
        assertThat(old.round(15)).isEqualTo(20);
        assertThat(new DisclosurePolicy(7, 1).round(13)).isEqualTo(13);
    }

    @Test
    void rejects_negative_threshold_and_zero_base() {
        assertThatThrownBy(() -> new DisclosurePolicy(-1, 5)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new DisclosurePolicy(7, 0)).hasMessageContaining("0");
    }

    @Test
    void a_suppressed_count_has_no_value() {
        DisclosedCount c = DisclosedCount.suppressed(Suppression.PRIMARY);
        assertThat(c.value()).isEmpty();
        assertThatThrownBy(() -> new DisclosedCount(java.util.OptionalLong.of(0), Suppression.PRIMARY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
