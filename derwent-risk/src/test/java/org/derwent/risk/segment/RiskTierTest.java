package org.derwent.risk.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RiskTierTest {
    @Test
    void boundaries_for_a_thousand_people_are_5_20_50() {
        double[] scores = new double[1000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i / 1000.0;
        }
        RiskTier[] tiers = RiskTier.assign(scores);
        // highest scores are the last indices: ranks 1..5 -> top 0.5%, 6..20 -> 0.5-2%, 21..50 -> 2-5%
        assertThat(tiers[999]).isEqualTo(RiskTier.TOP_0_5);
        assertThat(tiers[995]).isEqualTo(RiskTier.TOP_0_5);
        assertThat(tiers[994]).isEqualTo(RiskTier.TOP_0_5_TO_2);
        assertThat(tiers[980]).isEqualTo(RiskTier.TOP_0_5_TO_2);
        assertThat(tiers[979]).isEqualTo(RiskTier.TOP_2_TO_5);
        assertThat(tiers[950]).isEqualTo(RiskTier.TOP_2_TO_5);
        assertThat(tiers[949]).isEqualTo(RiskTier.REST);
        Map<RiskTier, Long> counts = Arrays.stream(tiers).collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(counts).containsEntry(RiskTier.TOP_0_5, 5L).containsEntry(RiskTier.TOP_0_5_TO_2, 15L)
                .containsEntry(RiskTier.TOP_2_TO_5, 30L).containsEntry(RiskTier.REST, 950L);
    }

    @Test
    void a_population_under_200_has_no_top_half_percent() {
        assertThat(RiskTier.ofRank(1, 199)).isEqualTo(RiskTier.TOP_0_5_TO_2);
        assertThat(RiskTier.ofRank(1, 200)).isEqualTo(RiskTier.TOP_0_5);
        assertThat(RiskTier.ofRank(2, 200)).isEqualTo(RiskTier.TOP_0_5_TO_2);
        assertThat(RiskTier.ofRank(11, 200)).isEqualTo(RiskTier.REST);
    }

    @Test
    void ties_are_broken_by_cohort_order() {
        RiskTier[] tiers = RiskTier.assign(new double[] {0.5, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1,
            0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1,
            0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1});
        // n = 50: floor(0.02 * 50) = 1 -> only rank 1 in 0.5-2%; floor(0.05 * 50) = 2
        assertThat(tiers[0]).isEqualTo(RiskTier.TOP_0_5_TO_2);
        assertThat(tiers[1]).isEqualTo(RiskTier.TOP_2_TO_5);
        assertThat(tiers[2]).isEqualTo(RiskTier.REST);
    }
}
