package org.derwent.measures.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property tests over many random tables from a seeded generator: nothing suppressed can be derived. */
class SuppressionPropertyTest {
    private static final int TABLES = 3000;

    private static long count(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(7);
            case 2 -> 8 + random.nextInt(20);
            default -> random.nextInt(400);
        };
    }

    @Test
    void one_way_tables_never_reveal_a_suppressed_cell() {
        Random random = new Random(20240401L);
        for (int n = 0; n < TABLES; n++) {
            DisclosurePolicy policy = new DisclosurePolicy(1 + random.nextInt(10), 1 + random.nextInt(10));
            DisclosureTable t = new DisclosureTable();
            List<Integer> members = new ArrayList<>();
            int groups = 1 + random.nextInt(12);
            for (int g = 0; g < groups; g++) {
                members.add(t.add(count(random)));
            }
            int total = t.addTotal(members);
            List<DisclosedCount> out = SecondarySuppressor.apply(t, policy);
            checkCommon(t, out, policy);
            assertThat(SuppressionAttack.recoverable(t, out)).as("table %d", n).isEmpty();
            if (!out.get(total).isSuppressed()) {
                long hidden = members.stream().filter(m -> out.get(m).isSuppressed()).mapToLong(t::count).sum();
                long hiddenCells = members.stream().filter(m -> out.get(m).isSuppressed()).count();
                assertThat(hiddenCells == 0 || (hiddenCells >= 2 && hidden > policy.threshold()))
                        .as("table %d: total minus shown cells reveals %d in %d cells", n, hidden, hiddenCells).isTrue();
            }
        }
    }

    @Test
    void two_way_and_nested_tables_never_reveal_a_suppressed_cell() {
        Random random = new Random(77L);
        for (int n = 0; n < TABLES; n++) {
            DisclosurePolicy policy = DisclosurePolicy.defaults();
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(6);
            DisclosureTable t = new DisclosureTable();
            int[][] idx = new int[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    idx[r][c] = t.add(count(random));
                }
            }
            List<Integer> rowTotals = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<Integer> m = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    m.add(idx[r][c]);
                }
                rowTotals.add(t.addTotal(m));
            }
            List<Integer> colTotals = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                List<Integer> m = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    m.add(idx[r][c]);
                }
                colTotals.add(t.addTotal(m));
            }
            int grand = t.addTotal(rowTotals);
            t.relate(grand, colTotals);
            List<DisclosedCount> out = SecondarySuppressor.apply(t, policy);
            checkCommon(t, out, policy);
            assertThat(SuppressionAttack.recoverable(t, out)).as("table %d (%dx%d)", n, rows, cols).isEmpty();
        }
    }

    @Test
    void practice_pcn_icb_hierarchies_never_reveal_a_suppressed_cell() {
        Random random = new Random(1234L);
        for (int n = 0; n < TABLES; n++) {
            DisclosureTable t = new DisclosureTable();
            List<Integer> pcnTotals = new ArrayList<>();
            int pcns = 1 + random.nextInt(5);
            for (int p = 0; p < pcns; p++) {
                List<Integer> practices = new ArrayList<>();
                int size = 1 + random.nextInt(6);
                for (int q = 0; q < size; q++) {
                    practices.add(t.add(count(random)));
                }
                pcnTotals.add(t.addTotal(practices));
            }
            t.addTotal(pcnTotals);
            List<DisclosedCount> out = SecondarySuppressor.apply(t, DisclosurePolicy.defaults());
            checkCommon(t, out, DisclosurePolicy.defaults());
            assertThat(SuppressionAttack.recoverable(t, out)).as("hierarchy %d", n).isEmpty();
        }
    }

    private static void checkCommon(DisclosureTable t, List<DisclosedCount> out, DisclosurePolicy policy) {
        for (int i = 0; i < t.size(); i++) {
            long raw = t.count(i);
            DisclosedCount c = out.get(i);
            if (policy.isSmall(raw)) {
                assertThat(c.suppression()).isEqualTo(Suppression.PRIMARY);
            }
            if (!c.isSuppressed()) {
                long v = c.value().getAsLong();
                assertThat(v % policy.base()).isZero();
                assertThat(Math.abs(v - raw)).isLessThanOrEqualTo(policy.base() / 2);
            }
        }
    }
}
