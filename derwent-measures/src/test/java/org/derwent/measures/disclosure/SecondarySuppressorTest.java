package org.derwent.measures.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondarySuppressorTest {

    /** Cells of a one-way table (with its total appended last) after disclosure control, "*" when suppressed. */
    static List<String> column(long... counts) {
        DisclosureTable t = new DisclosureTable();
        List<Integer> members = new ArrayList<>();
        for (long c : counts) {
            members.add(t.add(c));
        }
        t.addTotal(members);
        return SecondarySuppressor.apply(t, DisclosurePolicy.defaults()).stream()
                .map(c -> c.value().isPresent() ? String.valueOf(c.value().getAsLong()) : "*").toList();
    }

    /** OpenSAFELY suppress_column examples in reference/methods/disclosure-control.md. */
    @Test
    void reproduces_opensafely_examples() {
        assertThat(column(3, 20, 50)).containsExactly("*", "*", "50", "75");
        assertThat(column(8, 2, 30)).containsExactly("*", "*", "30", "40");
    }

    @Test
    void keeps_suppressing_until_the_hidden_sum_exceeds_the_threshold() {
        assertThat(column(3, 4, 50, 60)).containsExactly("*", "*", "*", "60", "115");
    }

    @Test
    void zeros_stay_zero_and_are_not_used_as_complements() {
        assertThat(column(0, 5, 40, 60)).containsExactly("0", "*", "*", "60", "105");
    }

    @Test
    void nothing_suppressed_when_no_small_counts() {
        assertThat(column(8, 9, 100)).containsExactly("10", "10", "100", "115");
    }

    @Test
    void small_total_suppresses_everything() {
        assertThat(column(2, 3, 0)).containsExactly("*", "*", "0", "*");
    }

    @Test
    void marks_primary_and_secondary_separately() {
        DisclosureTable t = new DisclosureTable();
        int a = t.add(3);
        int b = t.add(20);
        int c = t.add(50);
        t.addTotal(List.of(a, b, c));
        List<DisclosedCount> out = SecondarySuppressor.apply(t, DisclosurePolicy.defaults());
        assertThat(out).extracting(DisclosedCount::suppression).containsExactly(Suppression.PRIMARY,
                Suppression.SECONDARY, Suppression.NONE, Suppression.NONE);
    }

    @Test
    void two_way_table_protects_rows_and_columns() {
        long[][] cells = {{3, 40, 50}, {30, 40, 50}, {30, 40, 50}};
        DisclosureTable t = new DisclosureTable();
        int[][] idx = new int[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                idx[r][c] = t.add(cells[r][c]);
            }
        }
        for (int r = 0; r < 3; r++) {
            t.addTotal(List.of(idx[r][0], idx[r][1], idx[r][2]));
        }
        for (int c = 0; c < 3; c++) {
            t.addTotal(List.of(idx[0][c], idx[1][c], idx[2][c]));
        }
        List<DisclosedCount> out = SecondarySuppressor.apply(t, DisclosurePolicy.defaults());
        assertThat(SuppressionAttack.recoverable(t, out)).isEmpty();
        int suppressed = (int) out.stream().filter(DisclosedCount::isSuppressed).count();
        assertThat(suppressed).isEqualTo(4);
    }
}
