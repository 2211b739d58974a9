package org.derwent.measures.stats.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derwent.measures.stats.ConfidenceInterval;
import org.derwent.measures.stats.ConfidenceLevel;
import org.derwent.measures.stats.funnel.FunnelType;
import org.derwent.measures.stats.inequality.InequalityResult;
import org.derwent.measures.stats.inequality.QuantileValue;
import org.derwent.measures.stats.inequality.SlopeIndex;
import org.derwent.measures.stats.proportion.WilsonInterval;
import org.derwent.measures.stats.rate.PoissonInterval;
import org.derwent.measures.stats.rate.PoissonMethod;

/**
 * {@code stats sii}: reads [group,] decile (or quantile), numerator, denominator; values are proportions with Wilson
 * limits or rates with Byar limits, the SE taken from the 95% limits; writes SII and RII with Monte Carlo limits.
 */
final class SiiCsv {
    private SiiCsv() {
    }

    static CsvOutput run(CsvInput in, StatsOptions o) {
        String quantile = in.has("decile") || !in.has("quantile") ? "decile" : "quantile";
        in.require("sii", quantile, "numerator", "denominator");
        FunnelType type = o.funnelType().orElse(FunnelType.PROPORTION);
        if (type == FunnelType.RATIO) {
            throw new StatsInputException("sii takes --type proportion or rate, not ratio");
        }
        double m = o.multiplierOr(type == FunnelType.PROPORTION ? 100 : 100_000);
        CsvOutput out = new CsvOutput(List.of("group", "quantiles", "sii", "sii_lower_95", "sii_upper_95", "rii",
                "rii_lower_95", "rii_upper_95", "intercept", "repetitions", "seed"));
        for (Map.Entry<String, List<CsvRow>> g : Groups.by(in, "group").entrySet()) {
            List<QuantileValue> values = new ArrayList<>();
            for (CsvRow r : g.getValue()) {
                values.add(value(r, quantile, type, m));
            }
            InequalityResult s;
            try {
                s = SlopeIndex.of(values, o.transform(), type == FunnelType.PROPORTION ? m : 1, 0.95, o.repetitions(), o.seed());
            } catch (IllegalArgumentException e) {
                throw new StatsInputException(Groups.where(in.file(), g.getKey(), g.getValue()) + ": " + e.getMessage());
            }
            out.add(List.of(g.getKey(), String.valueOf(s.quantiles()), CsvOutput.num(s.sii()), CsvOutput.num(s.siiCi().lower()),
                    CsvOutput.num(s.siiCi().upper()), CsvOutput.num(s.rii()), CsvOutput.num(s.riiCi().lower()),
                    CsvOutput.num(s.riiCi().upper()), CsvOutput.num(s.intercept()), String.valueOf(s.repetitions()),
                    String.valueOf(s.seed())));
        }
        return out;
    }

    private static QuantileValue value(CsvRow r, String quantileColumn, FunnelType type, double m) {
        long q = r.count(quantileColumn);
        if (q < 1) {
            throw StatsInputException.at(r.file(), r.line(), quantileColumn, r.text(quantileColumn), "expected 1 (most deprived) or more");
        }
        double num = r.nonNegative("numerator");
        double den = r.nonNegative("denominator");
        if (den == 0) {
            throw StatsInputException.at(r.file(), r.line(), "denominator", r.text("denominator"), "expected a number > 0");
        }
        ConfidenceInterval ci;
        if (type == FunnelType.PROPORTION) {
            if (num > den) {
                throw r.error("numerator " + r.text("numerator") + " exceeds denominator " + r.text("denominator"));
            }
            ci = WilsonInterval.of(num, den, ConfidenceLevel.P95).scaled(m);
        } else {
            ci = PoissonInterval.of(num, ConfidenceLevel.P95, PoissonMethod.BYAR).scaled(m / den);
        }
        return QuantileValue.fromLimits((int) q, den, num / den * m, ci.lower(), ci.upper());
    }
}
