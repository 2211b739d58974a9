package org.derwent.measures.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.derwent.measures.disclosure.DisclosurePolicy;
import org.junit.jupiter.api.Test;

class OutputDisclosureTest {
    static final LocalDate PE = LocalDate.of(2024, 3, 31);

    private static MeasureRow row(String breakdown, String group, double n, double d) {
        return new MeasureRow("X", PE, breakdown, group, group, n, d, n / d, null, null, null, false);
    }

    private static List<MeasureRow> disclose(List<MeasureRow> rows) {
        ResultAssembler assembler = new ResultAssembler(new StatsBridge(), null);
        return new OutputDisclosure(DisclosurePolicy.defaults(), assembler, Map.of("X", "proportion")).apply(rows);
    }

    private static MeasureRow find(List<MeasureRow> rows, String breakdown, String group) {
        return rows.stream().filter(r -> r.breakdown().equals(breakdown) && java.util.Objects.equals(r.groupCode(), group))
                .findFirst().orElseThrow();
    }

    @Test
    void small_counts_are_suppressed_and_marked_never_zero() {
        List<MeasureRow> out = disclose(List.of(row("icb", null, 103, 400), row("sex", "F", 3, 200), row("sex", "M", 100, 200)));
        MeasureRow f = find(out, "sex", "F");
        assertThat(f.suppressed()).isTrue();
        assertThat(f.numerator()).isNull();
        assertThat(f.value()).isNull();
        assertThat(f.lower95()).isNull();
    }

    @Test
    void the_complement_of_a_suppressed_cell_cannot_reveal_it() {
        List<MeasureRow> out = disclose(List.of(row("icb", null, 103, 400), row("sex", "F", 3, 200), row("sex", "M", 100, 200)));
        MeasureRow m = find(out, "sex", "M");
        MeasureRow icb = find(out, "icb", null);
        boolean recoverable = !m.suppressed() && !icb.suppressed() && m.numerator() != null && icb.numerator() != null
                && icb.numerator() - m.numerator() == 3;
        assertThat(recoverable).isFalse();
    }

    @Test
    void other_counts_are_rounded_to_5_and_values_recomputed() {
        List<MeasureRow> out = disclose(List.of(row("icb", null, 211, 422), row("sex", "F", 102, 211), row("sex", "M", 109, 211)));
        MeasureRow f = find(out, "sex", "F");
        assertThat(f.numerator()).isEqualTo(100);
        assertThat(f.denominator()).isEqualTo(210);
        assertThat(f.value()).isEqualTo(100 / 210.0);
        assertThat(f.lower95()).isNotNull();
        assertThat(find(out, "icb", null).numerator()).isEqualTo(210);
    }
}
