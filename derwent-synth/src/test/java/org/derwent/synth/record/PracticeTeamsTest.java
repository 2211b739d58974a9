package org.derwent.synth.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PracticeTeamsTest {

    @Test
    void headcount_follows_list_size_and_ids_are_numbered_by_type() {
        PracticeTeams.Team t = PracticeTeams.team("C81001", 17_000, 22);
        // 17,000 / 1,700 = 10 GPs; / 2,600 = 6.5 -> 7 nurses; / 10,000 -> 2 pharmacists; / 4,500 -> 4 HCAs; 1 + 1
        assertThat(t.count()).containsExactly(10, 7, 2, 4, 1, 1);
        assertThat(t.id(PracticeTeams.GP, 0)).isEqualTo("C81001-1");
        assertThat(t.id(PracticeTeams.GP, 9)).isEqualTo("C81001-10");
        assertThat(t.id(PracticeTeams.NURSE, 0)).isEqualTo("C81001-11");
        assertThat(t.size()).isEqualTo(25);
    }

    @Test
    void small_practices_keep_a_minimum_team() {
        assertThat(PracticeTeams.team("Y00001", 900, 22).count()).containsExactly(2, 1, 1, 1, 1, 1);
    }

    @Test
    void continuity_is_lower_at_larger_and_more_deprived_practices() {
        double average = PracticeTeams.team("A", 7_500, 22).continuityLogit();
        assertThat(average).isCloseTo(0.2, within(1e-12));
        assertThat(PracticeTeams.team("B", 20_000, 22).continuityLogit()).isLessThan(average);
        assertThat(PracticeTeams.team("C", 7_500, 40).continuityLogit()).isLessThan(average);
        assertThat(PracticeTeams.team("D", 3_000, 10).continuityLogit()).isGreaterThan(average);
    }
}
