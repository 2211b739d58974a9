package org.derwent.measures.stats.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.derwent.measures.stats.spc.SpcInput;
import org.derwent.measures.stats.spc.SpcOptions;
import org.derwent.measures.stats.spc.SpcPoint;
import org.derwent.measures.stats.spc.SpcResult;
import org.derwent.measures.stats.spc.XmrChart;

/**
 * {@code stats spc}: reads [series,] period, value [, target, improvement, rebase]; writes every point with its
 * limits, special-cause rule and point type, and the chart's variation and assurance icons. Periods in ISO form
 * (2025-04 or 2025-04-30) are sorted; other labels keep file order.
 */
final class SpcCsv {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    private SpcCsv() {
    }

    static CsvOutput run(CsvInput in, StatsOptions o) {
        in.require("spc", "period", "value");
        CsvOutput out = new CsvOutput(List.of("series", "period", "value", "mean", "lower_limit", "upper_limit",
                "near_lower", "near_upper", "segment", "rule", "point_type", "target", "variation", "assurance"));
        for (Map.Entry<String, List<CsvRow>> g : Groups.by(in, "series").entrySet()) {
            List<CsvRow> rows = ordered(in.file(), g.getValue());
            List<SpcInput> series = new ArrayList<>();
            for (CsvRow r : rows) {
                series.add(new SpcInput(r.required("period"), r.number("value"), r.optionalNumber("target"), rebase(r)));
            }
            CsvInput subset = new CsvInput(in.file(), in.columns(), rows);
            SpcOptions options = new SpcOptions(FunnelCsv.direction(subset, o), o.screenOutliers(), o.fixAfter());
            SpcResult chart;
            try {
                chart = XmrChart.of(series, options);
            } catch (IllegalArgumentException e) {
                throw new StatsInputException(Groups.where(in.file(), g.getKey(), rows) + ": " + e.getMessage());
            }
            chart.warnings().forEach(w -> out.note((g.getKey().isEmpty() ? "" : "series " + g.getKey() + ": ") + w));
            for (SpcPoint p : chart.points()) {
                out.add(List.of(g.getKey(), p.period(), CsvOutput.num(p.value()), CsvOutput.num(p.limits().mean()),
                        CsvOutput.num(p.limits().lower()), CsvOutput.num(p.limits().upper()),
                        CsvOutput.num(p.limits().nearLower()), CsvOutput.num(p.limits().nearUpper()),
                        String.valueOf(p.segment()), p.ruleLabel(), p.pointType().code(), CsvOutput.num(p.target()),
                        chart.variation().code(), chart.assurance().code()));
            }
        }
        return out;
    }

    private static List<CsvRow> ordered(String file, List<CsvRow> rows) {
        Set<String> seen = new HashSet<>();
        for (CsvRow r : rows) {
            if (!seen.add(r.required("period"))) {
                throw StatsInputException.at(file, r.line(), "period", r.text("period"), "this period appears twice in the series");
            }
        }
        if (rows.stream().allMatch(r -> ISO.matcher(r.text("period")).matches())) {
            List<CsvRow> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparing(r -> r.text("period")));
            return sorted;
        }
        return rows;
    }

    private static boolean rebase(CsvRow r) {
        String v = r.text("rebase").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "0", "false", "no", "n" -> false;
            case "1", "true", "yes", "y" -> true;
            default -> throw StatsInputException.at(r.file(), r.line(), "rebase", r.text("rebase"), "expected 1/0, true/false or yes/no");
        };
    }
}
