package org.derwent.measures.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.measures.disclosure.BreakdownDisclosure;
import org.derwent.measures.disclosure.DisclosedCount;
import org.derwent.measures.disclosure.DisclosedGroup;
import org.derwent.measures.disclosure.DisclosurePolicy;
import org.derwent.measures.disclosure.GroupCounts;

/**
 * Applies disclosure control (org.derwent.measures.disclosure) to result rows leaving the system: per indicator
 * and breakdown, the groups are one table whose total is the ICB row. Proportions protect numerator, denominator
 * and their complement together; rates and ratios protect event counts and populations as separate tables.
 * Values and limits are recomputed from the rounded counts; suppressed rows have null numerator, value and
 * limits and {@code suppressed = true}. The ICB row is suppressed when any breakdown had to suppress its total.
 */
public final class OutputDisclosure {
    private final DisclosurePolicy policy;
    private final ResultAssembler assembler;
    private final Map<String, String> units;

    /** {@code units}: indicator id -> catalogue unit. */
    public OutputDisclosure(DisclosurePolicy policy, ResultAssembler assembler, Map<String, String> units) {
        this.policy = policy;
        this.assembler = assembler;
        this.units = units;
    }

    public List<MeasureRow> apply(List<MeasureRow> rows) {
        Map<String, List<MeasureRow>> tables = new LinkedHashMap<>();
        Map<String, MeasureRow> icb = new LinkedHashMap<>();
        for (MeasureRow r : rows) {
            if (r.breakdown().equals("icb")) {
                icb.put(r.indicatorId() + "|" + r.periodEnd(), r);
            } else {
                tables.computeIfAbsent(r.indicatorId() + "|" + r.periodEnd() + "|" + r.breakdown(), k -> new ArrayList<>()).add(r);
            }
        }
        List<MeasureRow> out = new ArrayList<>();
        Map<String, Boolean> totalSuppressed = new LinkedHashMap<>();
        for (List<MeasureRow> t : tables.values()) {
            MeasureRow first = t.get(0);
            String key = first.indicatorId() + "|" + first.periodEnd();
            boolean[] sup = new boolean[1];
            out.addAll(table(t, sup));
            totalSuppressed.merge(key, sup[0], Boolean::logicalOr);
        }
        for (Map.Entry<String, MeasureRow> e : icb.entrySet()) {
            boolean[] sup = new boolean[1];
            List<MeasureRow> alone = table(List.of(e.getValue()), sup);
            MeasureRow r = alone.get(0);
            out.add(totalSuppressed.getOrDefault(e.getKey(), false) && !r.suppressed() ? suppressed(r, null) : r);
        }
        return out;
    }

    private List<MeasureRow> table(List<MeasureRow> rows, boolean[] totalSuppressed) {
        String unit = units.getOrDefault(baseId(rows.get(0).indicatorId()), "proportion");
        boolean proportion = unit.equals("proportion") && !rows.get(0).indicatorId().endsWith(ResultAssembler.DSR_SUFFIX);
        List<GroupCounts> nums = new ArrayList<>();
        List<GroupCounts> dens = new ArrayList<>();
        for (MeasureRow r : rows) {
            long n = Math.round(r.numerator());
            long d = Math.round(r.denominator());
            if (proportion) {
                nums.add(GroupCounts.of(r.groupCode(), n, d));
            } else {
                nums.add(GroupCounts.count(r.groupCode(), n));
                dens.add(GroupCounts.count(r.groupCode(), d));
            }
        }
        List<DisclosedGroup> dn = BreakdownDisclosure.apply(nums, true, proportion, policy, 1);
        List<DisclosedGroup> dd = proportion ? null : BreakdownDisclosure.apply(dens, true, false, policy, 1);
        List<MeasureRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MeasureRow r = rows.get(i);
            DisclosedCount num = dn.get(i).numerator();
            DisclosedCount den = proportion ? dn.get(i).denominator().orElseThrow() : dd.get(i).numerator();
            if (num.isSuppressed() || den.isSuppressed()) {
                Double shownDen = den.isSuppressed() ? null
                        : unit.equals("ratio") ? r.denominator() : (Double) (double) den.value().getAsLong();
                out.add(suppressed(r, shownDen));
            } else {
                double n = num.value().getAsLong();
                double d = unit.equals("ratio") ? r.denominator() : den.value().getAsLong();
                Estimate e = r.indicatorId().endsWith(ResultAssembler.DSR_SUFFIX) ? new Estimate(r.value(), r.lower95(), r.upper95())
                        : assembler.estimate(unit, n, d);
                out.add(new MeasureRow(r.indicatorId(), r.periodEnd(), r.breakdown(), r.groupCode(), r.groupName(), n, d,
                        e.value(), e.lower95(), e.upper95(), r.funnelFlag(), false));
            }
        }
        DisclosedGroup total = dn.get(dn.size() - 1);
        totalSuppressed[0] = total.anySuppressed() || dd != null && dd.get(dd.size() - 1).anySuppressed();
        return out;
    }

    private static MeasureRow suppressed(MeasureRow r, Double denominator) {
        return new MeasureRow(r.indicatorId(), r.periodEnd(), r.breakdown(), r.groupCode(), r.groupName(), null, denominator,
                null, null, null, r.funnelFlag(), true);
    }

    private static String baseId(String id) {
        return id.endsWith(ResultAssembler.DSR_SUFFIX) ? id.substring(0, id.length() - ResultAssembler.DSR_SUFFIX.length()) : id;
    }

}
