package org.derwent.measures.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rate or proportion with no events in any unit has no funnel target: no unit is flagged, and nothing fails. */
class FunnelWithoutEventsTest {
    private final StatsBridge stats = new StatsBridge();

    @Test
    void a_rate_with_no_events_flags_no_unit() {
        assertThat(stats.funnelFlags(Map.of("A", new double[] {0, 1200}, "B", new double[] {0, 800}), "per_1000",
                "lower")).isEmpty();
    }

    @Test
    void a_proportion_with_no_events_flags_no_unit() {
        assertThat(stats.funnelFlags(Map.of("A", new double[] {0, 50}, "B", new double[] {0, 70}), "proportion",
                "higher")).isEmpty();
    }

    @Test
    void a_rate_with_events_is_still_flagged() {
        assertThat(stats.funnelFlags(Map.of("A", new double[] {5, 1000}, "B", new double[] {60, 1000},
                "C", new double[] {6, 1000}), "per_1000", "lower")).containsKeys("A", "B", "C");
    }
}
