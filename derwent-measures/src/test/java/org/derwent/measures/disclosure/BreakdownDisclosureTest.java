package org.derwent.measures.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownDisclosureTest {
    private static final DisclosurePolicy POLICY = DisclosurePolicy.defaults();

    @Test
    void values_are_recomputed_from_rounded_counts() {
        List<DisclosedGroup> out = BreakdownDisclosure.apply(List.of(GroupCounts.of("A", 77, 102), GroupCounts.of("B", 48, 61)),
                true, false, POLICY, 100);
        DisclosedGroup a = out.get(0);
        assertThat(a.numerator().value()).hasValue(75);
        assertThat(a.denominator().orElseThrow().value()).hasValue(100);
        assertThat(a.value().getAsDouble()).isCloseTo(75.0, within(1e-12));
        DisclosedGroup total = out.get(2);
        assertThat(total.total()).isTrue();
        assertThat(total.numerator().value()).hasValue(125);
        assertThat(total.denominator().orElseThrow().value()).hasValue(165);
    }

    @Test
    void value_is_suppressed_when_an_input_is_and_partner_group_is_protected() {
        List<DisclosedGroup> out = BreakdownDisclosure.apply(List.of(GroupCounts.of("White", 60, 120),
                GroupCounts.of("Mixed", 5, 12), GroupCounts.of("Asian", 30, 50), GroupCounts.of("Black", 40, 60)),
                true, false, POLICY, 100);
        assertThat(out.get(1).numerator().suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(out.get(1).value()).isEmpty();
        assertThat(out.get(1).valueSuppression()).isEqualTo(Suppression.DERIVED);
        assertThat(out.get(2).numerator().suppression()).isEqualTo(Suppression.SECONDARY);
        assertThat(out.get(2).valueSuppression()).isEqualTo(Suppression.DERIVED);
        assertThat(out.get(0).value()).isPresent();
        assertThat(out.get(4).value()).isPresent();
    }

    @Test
    void complement_protection_hides_nearly_complete_groups() {
        List<GroupCounts> groups = List.of(GroupCounts.of("P1", 198, 200), GroupCounts.of("P2", 150, 200),
                GroupCounts.of("P3", 120, 200));
        List<DisclosedGroup> plain = BreakdownDisclosure.apply(groups, true, false, POLICY, 100);
        assertThat(plain.get(0).value()).isPresent();
        List<DisclosedGroup> protectedRows = BreakdownDisclosure.apply(groups, true, true, POLICY, 100);
        assertThat(protectedRows.get(0).numerator().isSuppressed()).isTrue();
        assertThat(protectedRows.get(0).value()).isEmpty();
        assertThat(protectedRows.stream().filter(g -> g.numerator().isSuppressed()).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void counts_without_denominator_have_no_value() {
        List<DisclosedGroup> out = BreakdownDisclosure.apply(List.of(GroupCounts.count("A", 12), GroupCounts.count("B", 40)),
                false, false, POLICY, 1);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).value()).isEmpty();
        assertThat(out.get(0).numerator().value()).hasValue(10);
    }
}
