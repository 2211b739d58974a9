package org.derwent.measures.stats.csv;

import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.stats.rate.CrudeRate;

/** {@code stats rate}: reads events, population; keeps every input column and adds the crude rate and Poisson limits. */
final class RateCsv {
    private RateCsv() {
    }

    static CsvOutput run(CsvInput in, StatsOptions o) {
        in.require("rate", "events", "population");
        double m = o.multiplierOr(100_000);
        List<String> header = new ArrayList<>(in.columns());
        header.addAll(WilsonCsv.ADDED);
        header.add("method");
        CsvOutput out = new CsvOutput(header);
        for (CsvRow r : in.rows()) {
            double events = r.nonNegative("events");
            double population = r.nonNegative("population");
            if (population == 0) {
                throw StatsInputException.at(r.file(), r.line(), "population", r.text("population"), "expected a number > 0");
            }
            CrudeRate rate = CrudeRate.of(events, population, m, o.poissonMethod());
            List<String> row = new ArrayList<>(r.values().values());
            row.addAll(List.of(CsvOutput.num(rate.value()), CsvOutput.num(rate.estimate().ci95().lower()),
                    CsvOutput.num(rate.estimate().ci95().upper()), CsvOutput.num(rate.estimate().ci998().lower()),
                    CsvOutput.num(rate.estimate().ci998().upper()), o.poissonMethod().name().toLowerCase(java.util.Locale.ROOT)));
            out.add(row);
        }
        return out;
    }
}
