package org.derwent.measures.stats.rate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.derwent.measures.stats.ConfidenceInterval;
import org.derwent.measures.stats.ConfidenceLevel;

/**
 * A directly age-standardised rate with Dobson intervals using Byar's limits for the total count, as
 * PHEindicatormethods {@code calculate_dsr} (reference/methods/dsr-esp2013.md):
 * {@code DSR = sum(w_i O_i / n_i) / sum(w_i) x multiplier}; {@code var = sum(O_i (w_i/n_i)^2) / (sum w_i)^2};
 * limits {@code DSR + sqrt(var/O) (O_L - O) x multiplier} and likewise with O_U. Not estimated (empty) when the
 * total count O is below {@link #MIN_EVENTS}.
 *
 * @param events     total observed events O
 * @param population total population
 * @param multiplier e.g. 100000
 * @param estimate   the rate and intervals, empty when O < 10
 * @param statistic  "dsr per MULTIPLIER" or the reason it was not estimated
 */
public record DirectlyStandardisedRate(double events, double population, double multiplier,
                                       Optional<RateEstimate> estimate, String statistic) {
    /** PHE does not publish a DSR for fewer than 10 events. */
    public static final double MIN_EVENTS = 10;

    /**
     * The DSR of {@code bands}, which must cover every age from 0 to an open-ended top band once.
     * A band with 0 events and 0 population contributes 0.
     *
     * @throws IllegalArgumentException when the bands leave a gap, overlap or have no population at all
     */
    public static DirectlyStandardisedRate of(List<BandCount> bands, double multiplier) {
        checkCoverage(bands);
        double sumW = 0;
        double weighted = 0;
        double variance = 0;
        double o = 0;
        double n = 0;
        for (BandCount b : bands) {
            sumW += b.weight();
            o += b.events();
            n += b.population();
            if (b.population() > 0) {
                double wn = b.weight() / b.population();
                weighted += wn * b.events();
                variance += b.events() * wn * wn;
            }
        }
        if (n <= 0) {
            throw new IllegalArgumentException("total population is 0");
        }
        if (o < MIN_EVENTS) {
            return new DirectlyStandardisedRate(o, n, multiplier, Optional.empty(), "dsr NA for total count < 10");
        }
        double dsr = weighted / sumW;
        double var = variance / (sumW * sumW);
        RateEstimate est = new RateEstimate(dsr * multiplier, dobson(dsr, var, o, ConfidenceLevel.P95, multiplier),
                dobson(dsr, var, o, ConfidenceLevel.P998, multiplier));
        return new DirectlyStandardisedRate(o, n, multiplier, Optional.of(est), "dsr per " + fmt(multiplier));
    }

    private static ConfidenceInterval dobson(double dsr, double var, double o, ConfidenceLevel level, double multiplier) {
        ConfidenceInterval count = PoissonInterval.byar(o, level);
        double k = Math.sqrt(var / o);
        return new ConfidenceInterval((dsr + k * (count.lower() - o)) * multiplier,
                (dsr + k * (count.upper() - o)) * multiplier, level.level());
    }

    private static void checkCoverage(List<BandCount> bands) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("no age bands");
        }
        List<AgeBand> sorted = new ArrayList<>(bands.stream().map(BandCount::band).toList());
        sorted.sort(Comparator.comparingInt(AgeBand::from));
        long next = 0;
        for (AgeBand b : sorted) {
            if (b.from() != next) {
                throw new IllegalArgumentException((b.from() > next ? "ages " + next + "-" + (b.from() - 1) + " are missing"
                        : "age band " + b + " overlaps another band") + " (bands given: " + sorted + ")");
            }
            next = b.to() == AgeBand.OPEN ? Long.MAX_VALUE : b.to() + 1L;
        }
        if (next != Long.MAX_VALUE) {
            throw new IllegalArgumentException("no open-ended top band (e.g. 90+) after age " + (next - 1));
        }
    }

    private static String fmt(double m) {
        return m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m);
    }

    /** The rate x multiplier, or NaN when not estimated. */
    public double value() {
        return estimate.map(RateEstimate::value).orElse(Double.NaN);
    }
}
