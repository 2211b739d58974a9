package org.derwent.measures.stats.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.derwent.measures.disclosure.BreakdownDisclosure;
import org.derwent.measures.disclosure.DisclosedCount;
import org.derwent.measures.disclosure.DisclosedGroup;
import org.derwent.measures.disclosure.DisclosurePolicy;
import org.derwent.measures.disclosure.GroupCounts;

/**
 * {@code stats suppress}: reads [table,] group, numerator [, denominator] [, total]; applies disclosure control per
 * table (rows sharing a {@code table} value) and writes rounded counts, statuses and values recomputed from the
 * rounded counts. With partition on (default) each table's groups sum to its total, which is written as a
 * "Total" row; a row marked {@code total} in the input is checked against the sum of the groups and replaced.
 */
final class SuppressCsv {
    private SuppressCsv() {
    }

    static CsvOutput run(CsvInput in, StatsOptions o) {
        in.require("suppress", "group", "numerator");
        boolean withDenominator = in.has("denominator");
        DisclosurePolicy policy;
        try {
            policy = new DisclosurePolicy(o.threshold(), o.base());
        } catch (IllegalArgumentException e) {
            throw new StatsInputException(e.getMessage());
        }
        double m = o.multiplierOr(100);
        CsvOutput out = new CsvOutput(List.of("table", "group", "numerator", "numerator_status", "denominator",
                "denominator_status", "value", "suppressed"));
        for (Map.Entry<String, List<CsvRow>> t : Groups.by(in, "table").entrySet()) {
            List<GroupCounts> groups = new ArrayList<>();
            CsvRow totalRow = null;
            for (CsvRow r : t.getValue()) {
                if (isTotal(r)) {
                    totalRow = r;
                    continue;
                }
                groups.add(counts(r, withDenominator));
            }
            if (totalRow != null && o.partition()) {
                check(totalRow, groups, withDenominator);
            }
            List<DisclosedGroup> rows;
            try {
                rows = BreakdownDisclosure.apply(groups, o.partition(), o.protectComplement() && withDenominator, policy, m);
            } catch (IllegalArgumentException e) {
                throw new StatsInputException(Groups.where(in.file(), t.getKey(), t.getValue()) + ": " + e.getMessage());
            }
            for (DisclosedGroup g : rows) {
                out.add(List.of(t.getKey(), g.group(), text(g.numerator()), g.numerator().suppression().code(),
                        g.denominator().map(SuppressCsv::text).orElse(""),
                        g.denominator().map(d -> d.suppression().code()).orElse(""),
                        CsvOutput.num(g.value()), String.valueOf(g.anySuppressed())));
            }
        }
        return out;
    }

    private static String text(DisclosedCount c) {
        return c.value().isPresent() ? String.valueOf(c.value().getAsLong()) : "";
    }

    private static boolean isTotal(CsvRow r) {
        String v = r.text("total").toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("true") || v.equals("yes");
    }

    private static GroupCounts counts(CsvRow r, boolean withDenominator) {
        long num = r.count("numerator");
        if (!withDenominator) {
            return GroupCounts.count(r.required("group"), num);
        }
        long den = r.count("denominator");
        if (num > den) {
            throw r.error("numerator " + num + " exceeds denominator " + den);
        }
        return new GroupCounts(r.required("group"), num, OptionalLong.of(den));
    }

    private static void check(CsvRow total, List<GroupCounts> groups, boolean withDenominator) {
        long num = groups.stream().mapToLong(GroupCounts::numerator).sum();
        if (total.count("numerator") != num) {
            throw StatsInputException.at(total.file(), total.line(), "numerator", total.text("numerator"),
                    "the groups sum to " + num + "; use --no-partition when they do not add up to the total");
        }
        if (withDenominator) {
            long den = groups.stream().mapToLong(g -> g.denominator().orElse(0)).sum();
            if (total.count("denominator") != den) {
                throw StatsInputException.at(total.file(), total.line(), "denominator", total.text("denominator"),
                        "the groups sum to " + den + "; use --no-partition when they do not add up to the total");
            }
        }
    }
}
