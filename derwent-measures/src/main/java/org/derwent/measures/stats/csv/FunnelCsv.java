package org.derwent.measures.stats.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.derwent.measures.stats.ImprovementDirection;
import org.derwent.measures.stats.funnel.FunnelAnalysis;
import org.derwent.measures.stats.funnel.FunnelPoint;
import org.derwent.measures.stats.funnel.FunnelType;
import org.derwent.measures.stats.funnel.FunnelUnit;

/**
 * {@code stats funnel}: reads unit, numerator, denominator [, target, improvement]; writes each unit's value, funnel
 * limits, PHE significance and outlier flag.
 */
final class FunnelCsv {
    private FunnelCsv() {
    }

    static CsvOutput run(CsvInput in, StatsOptions o) {
        in.require("funnel", "unit", "numerator", "denominator");
        FunnelType type = o.funnelType().orElse(FunnelType.PROPORTION);
        double m = o.multiplierOr(switch (type) {
            case PROPORTION -> 100;
            case RATIO -> 1;
            case RATE -> 100_000;
        });
        List<FunnelUnit> units = new ArrayList<>();
        for (CsvRow r : in.rows()) {
            double num = r.nonNegative("numerator");
            double den = r.nonNegative("denominator");
            if (den == 0) {
                throw StatsInputException.at(r.file(), r.line(), "denominator", r.text("denominator"), "expected a number > 0");
            }
            if (type == FunnelType.PROPORTION && (num > den || den != Math.rint(den))) {
                throw r.error("for proportions the denominator must be a whole number >= numerator, got numerator "
                        + r.text("numerator") + " and denominator " + r.text("denominator"));
            }
            units.add(new FunnelUnit(r.required("unit"), num, den));
        }
        OptionalDouble target = o.target().isPresent() ? o.target() : constant(in, "target");
        OptionalDouble natural = target.isPresent() ? OptionalDouble.of(target.getAsDouble() / m) : OptionalDouble.empty();
        ImprovementDirection direction = direction(in, o);
        FunnelAnalysis f;
        try {
            f = FunnelAnalysis.run(units, type, natural, o.overdispersion(), direction, m);
        } catch (IllegalArgumentException e) {
            throw new StatsInputException(in.file() + ": " + e.getMessage());
        }
        CsvOutput out = new CsvOutput(List.of("unit", "numerator", "denominator", "value", "target", "lower_998", "lower_95",
                "upper_95", "upper_998", "significance", "flag", "phi", "tau2"));
        for (FunnelPoint p : f.points()) {
            out.add(List.of(p.unit().unit(), CsvOutput.num(p.unit().numerator()), CsvOutput.num(p.unit().denominator()),
                    CsvOutput.num(p.value()), CsvOutput.num(p.limits().target()), CsvOutput.num(p.limits().lower998()),
                    CsvOutput.num(p.limits().lower95()), CsvOutput.num(p.limits().upper95()),
                    CsvOutput.num(p.limits().upper998()), p.significance().label(), p.flag().code(),
                    CsvOutput.num(f.overdispersion().phi()), CsvOutput.num(f.overdispersion().tau2())));
        }
        return out;
    }

    /** The value of a column that must be the same on every row where it is given, or empty. */
    static OptionalDouble constant(CsvInput in, String column) {
        OptionalDouble value = OptionalDouble.empty();
        if (!in.has(column)) {
            return value;
        }
        for (CsvRow r : in.rows()) {
            OptionalDouble v = r.optionalNumber(column);
            if (v.isPresent() && value.isPresent() && v.getAsDouble() != value.getAsDouble()) {
                throw StatsInputException.at(r.file(), r.line(), column, r.text(column),
                        "expected the same " + column + " on every row (" + CsvOutput.num(value.getAsDouble()) + " earlier)");
            }
            if (v.isPresent()) {
                value = v;
            }
        }
        return value;
    }

    /** The improvement column (the same on every row) or the option. */
    static ImprovementDirection direction(CsvInput in, StatsOptions o) {
        ImprovementDirection found = null;
        if (in.has("improvement")) {
            for (CsvRow r : in.rows()) {
                if (r.text("improvement").isEmpty()) {
                    continue;
                }
                ImprovementDirection d;
                try {
                    d = ImprovementDirection.parse(r.text("improvement"));
                } catch (IllegalArgumentException e) {
                    throw StatsInputException.at(r.file(), r.line(), "improvement", r.text("improvement"),
                            "expected increase, decrease or neutral");
                }
                if (found != null && d != found) {
                    throw StatsInputException.at(r.file(), r.line(), "improvement", r.text("improvement"),
                            "expected the same improvement direction on every row");
                }
                found = d;
            }
        }
        return found != null ? found : o.improvement();
    }
}
