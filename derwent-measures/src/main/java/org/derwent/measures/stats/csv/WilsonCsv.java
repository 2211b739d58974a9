package org.derwent.measures.stats.csv;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.stats.ConfidenceInterval;
import org.derwent.measures.stats.ConfidenceLevel;
import org.derwent.measures.stats.proportion.WilsonInterval;

/** {@code stats wilson}: reads numerator, denominator; keeps every input column and adds the proportion and Wilson limits. */
final class WilsonCsv {
    static final List<String> ADDED = List.of("value", "lower_95", "upper_95", "lower_998", "upper_998");

    private WilsonCsv() {
    }

    static CsvOutput run(CsvInput in, StatsOptions o) {
        in.require("wilson", "numerator", "denominator");
        double m = o.multiplierOr(100);
        List<String> header = new ArrayList<>(in.columns());
        header.addAll(ADDED);
        CsvOutput out = new CsvOutput(header);
        for (CsvRow r : in.rows()) {
            double x = r.nonNegative("numerator");
            double n = r.nonNegative("denominator");
            if (n == 0) {
                throw StatsInputException.at(r.file(), r.line(), "denominator", r.text("denominator"), "expected a number > 0");
            }
            if (x > n) {
                throw r.error("numerator " + r.text("numerator") + " exceeds denominator " + r.text("denominator"));
            }
            ConfidenceInterval ci95 = WilsonInterval.of(x, n, ConfidenceLevel.P95).scaled(m);
            ConfidenceInterval ci998 = WilsonInterval.of(x, n, ConfidenceLevel.P998).scaled(m);
            List<String> row = new ArrayList<>(r.values().values());
            row.addAll(List.of(CsvOutput.num(x / n * m), CsvOutput.num(ci95.lower()), CsvOutput.num(ci95.upper()),
                    CsvOutput.num(ci998.lower()), CsvOutput.num(ci998.upper())));
            out.add(row);
        }
        return out;
    }
}
