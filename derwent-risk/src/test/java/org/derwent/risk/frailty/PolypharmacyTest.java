package org.derwent.risk.frailty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Polypharmacy: 5 or more distinct medicines issued in the 12 months up to the index date. */
class PolypharmacyTest {
    private static final LocalDate INDEX = LocalDate.of(2025, 3, 31);
    private final Polypharmacy poly = new Polypharmacy(EfiDefinition.bundled());

    private static List<Prescription> distinct(int n, LocalDate on) {
        List<Prescription> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Prescription("med" + i, on));
        }
        return out;
    }

    @Test
    void five_distinct_medicines_is_the_deficit_and_four_is_not() {
        assertThat(poly.present(distinct(5, INDEX.minusDays(10)), INDEX)).isTrue();
        assertThat(poly.present(distinct(4, INDEX.minusDays(10)), INDEX)).isFalse();
    }

    @Test
    void repeat_issues_of_one_medicine_count_once() {
        List<Prescription> p = distinct(4, INDEX.minusDays(10));
        p.add(new Prescription("med0", INDEX.minusDays(40)));
        p.add(new Prescription("med0", INDEX.minusDays(70)));
        assertThat(poly.distinctMedicines(p, INDEX)).isEqualTo(4);
    }

    @Test
    void window_is_the_twelve_months_ending_on_the_index_date() {
        List<Prescription> p = distinct(4, INDEX);
        p.add(new Prescription("old", INDEX.minusMonths(12)));
        assertThat(poly.present(p, INDEX)).isFalse();
        p.add(new Prescription("justInside", INDEX.minusMonths(12).plusDays(1)));
        assertThat(poly.present(p, INDEX)).isTrue();
        p.add(new Prescription("future", INDEX.plusDays(1)));
        assertThat(poly.distinctMedicines(p, INDEX)).isEqualTo(5);
    }
}
