package org.derwent.risk.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrequentAttendersTest {
    private final FrequentAttenders rule = FrequentAttenders.standard();

    @Test
    void lists_same_day_frequent_attenders_with_low_coc_only() {
        List<PatientContinuity> ps = List.of(
                new PatientContinuity("low", "P1", 14, 12, 0, 0.3, 0.2, 0),
                new PatientContinuity("good", "P1", 14, 13, 0, 0.8, 0.6, 0),
                new PatientContinuity("boundary", "P1", 14, 12, 0, 0.5, 0.3, 0),
                new PatientContinuity("few", "P1", 11, 11, 3, 0.2, 0.1, 0));
        List<FrequentAttenders.Case> cases = rule.find(ps);
        assertThat(cases).extracting(FrequentAttenders.Case::personId).containsExactly("low");
        assertThat(cases.get(0).priority()).isEqualTo(3);
        assertThat(cases.get(0).reason()).contains("12 same-day GP contacts", "COC 0.20", "UPC 0.30");
    }

    @Test
    void both_criteria_give_priority_one() {
        List<FrequentAttenders.Case> cases = rule.find(List.of(new PatientContinuity("x", "P1", 20, 15, 5, 0.2, 0.1, 0)));
        assertThat(cases.get(0).priority()).isEqualTo(1);
        assertThat(cases.get(0).reason()).startsWith("5 A&E attendances and 15 same-day GP contacts in 12 months");
    }
}
