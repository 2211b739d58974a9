package org.derwent.measures.stats.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derwent.measures.stats.rate.AgeBand;
import org.derwent.measures.stats.rate.BandCount;
import org.derwent.measures.stats.rate.DirectlyStandardisedRate;
import org.derwent.measures.stats.rate.Esp2013;

/**
 * {@code stats dsr}: reads [group,] age_band, events, population [, standard_population]; writes one row per group
 * with the ESP2013 directly standardised rate and Dobson limits.
 */
final class DsrCsv {
    private DsrCsv() {
    }

    static CsvOutput run(CsvInput in, StatsOptions o) {
        in.require("dsr", "age_band", "events", "population");
        double m = o.multiplierOr(100_000);
        CsvOutput out = new CsvOutput(List.of("group", "events", "population", "value", "lower_95", "upper_95",
                "lower_998", "upper_998", "statistic"));
        for (Map.Entry<String, List<CsvRow>> g : Groups.by(in, "group").entrySet()) {
            List<BandCount> bands = new ArrayList<>();
            for (CsvRow r : g.getValue()) {
                bands.add(band(in, r));
            }
            DirectlyStandardisedRate dsr;
            try {
                dsr = DirectlyStandardisedRate.of(bands, m);
            } catch (IllegalArgumentException e) {
                throw new StatsInputException(Groups.where(in.file(), g.getKey(), g.getValue()) + ": " + e.getMessage());
            }
            List<String> row = new ArrayList<>(List.of(g.getKey(), CsvOutput.num(dsr.events()), CsvOutput.num(dsr.population())));
            dsr.estimate().ifPresentOrElse(e -> row.addAll(List.of(CsvOutput.num(e.value()), CsvOutput.num(e.ci95().lower()),
                    CsvOutput.num(e.ci95().upper()), CsvOutput.num(e.ci998().lower()), CsvOutput.num(e.ci998().upper()))),
                    () -> row.addAll(List.of("", "", "", "", "")));
            row.add(dsr.statistic());
            out.add(row);
        }
        return out;
    }

    private static BandCount band(CsvInput in, CsvRow r) {
        AgeBand band;
        try {
            band = AgeBand.parse(r.required("age_band"));
        } catch (IllegalArgumentException e) {
            throw StatsInputException.at(r.file(), r.line(), "age_band", r.text("age_band"), "expected a band like 0-4, 90+ or <1");
        }
        double events = r.text("events").isEmpty() ? 0 : r.nonNegative("events");
        double population = r.nonNegative("population");
        double weight;
        if (in.has("standard_population") && !r.text("standard_population").isEmpty()) {
            weight = r.nonNegative("standard_population");
        } else {
            weight = Esp2013.weight(band).orElseThrow(() -> StatsInputException.at(r.file(), r.line(), "age_band",
                    r.text("age_band"), "not an ESP2013 band (0-4 ... 85-89, 90+, or <1 and 1-4); give standard_population"));
        }
        try {
            return new BandCount(band, events, population, weight);
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }
}
