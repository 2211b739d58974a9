package org.derwent.measures.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Disclosure control for one breakdown of an indicator (the groups of e.g. ethnicity, plus the total): numerators
 * and denominators are suppressed and rounded as one {@link DisclosureTable} and values recomputed from the
 * rounded counts. When the groups partition the population, numerators sum to the total numerator and
 * denominators to the total denominator, and secondary suppression protects both relations. With
 * {@code protectComplement}, the people in the denominator but not the numerator are treated as a count too
 * (denominator = numerator + complement), so a complement of 1..threshold is protected like any small count.
 */
public final class BreakdownDisclosure {
    private BreakdownDisclosure() {
    }

    /**
     * Disclosed rows: the groups in input order, then the total when {@code partition} is true.
     *
     * @param groups            the groups; all with a denominator or all without
     * @param partition         true when the groups sum to the total (the total row is computed from them)
     * @param protectComplement treat denominator - numerator as a count to protect
     * @param policy            threshold and rounding base
     * @param multiplier        factor for values (100 for per cent)
     */
    public static List<DisclosedGroup> apply(List<GroupCounts> groups, boolean partition, boolean protectComplement,
                                             DisclosurePolicy policy, double multiplier) {
        boolean withDenominator = !groups.isEmpty() && groups.get(0).denominator().isPresent();
        DisclosureTable table = new DisclosureTable();
        int k = groups.size();
        int[] num = new int[k];
        int[] den = new int[k];
        int[] comp = new int[k];
        for (int i = 0; i < k; i++) {
            GroupCounts g = groups.get(i);
            if (g.denominator().isPresent() != withDenominator) {
                throw new IllegalArgumentException("group " + g.group() + ": either every group has a denominator or none has");
            }
            num[i] = table.add(g.numerator());
            if (withDenominator) {
                long d = g.denominator().getAsLong();
                if (g.numerator() > d) {
                    throw new IllegalArgumentException("group " + g.group() + ": numerator " + g.numerator()
                            + " exceeds denominator " + d);
                }
                den[i] = table.add(d);
                if (protectComplement) {
                    comp[i] = table.add(d - g.numerator());
                    table.relate(den[i], List.of(num[i], comp[i]));
                }
            }
        }
        int totalNum = -1;
        int totalDen = -1;
        if (partition && k > 0) {
            totalNum = table.addTotal(indices(num));
            if (withDenominator) {
                totalDen = table.addTotal(indices(den));
                if (protectComplement) {
                    int totalComp = table.addTotal(indices(comp));
                    table.relate(totalDen, List.of(totalNum, totalComp));
                }
            }
        }
        List<DisclosedCount> cells = SecondarySuppressor.apply(table, policy);
        List<DisclosedGroup> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(row(groups.get(i).group(), false, cells.get(num[i]), withDenominator ? cells.get(den[i]) : null, multiplier));
        }
        if (totalNum >= 0) {
            out.add(row("Total", true, cells.get(totalNum), withDenominator ? cells.get(totalDen) : null, multiplier));
        }
        return out;
    }

    private static DisclosedGroup row(String group, boolean total, DisclosedCount num, DisclosedCount den, double multiplier) {
        if (den == null) {
            return new DisclosedGroup(group, total, num, Optional.empty(), OptionalDouble.empty(), Suppression.NONE);
        }
        if (num.isSuppressed() || den.isSuppressed()) {
            return new DisclosedGroup(group, total, num, Optional.of(den), OptionalDouble.empty(), Suppression.DERIVED);
        }
        long d = den.value().getAsLong();
        OptionalDouble value = d == 0 ? OptionalDouble.empty() : OptionalDouble.of(num.value().getAsLong() * multiplier / d);
        return new DisclosedGroup(group, total, num, Optional.of(den), value, Suppression.NONE);
    }

    private static List<Integer> indices(int[] cells) {
        List<Integer> list = new ArrayList<>(cells.length);
        for (int c : cells) {
            list.add(c);
        }
        return list;
    }
}
