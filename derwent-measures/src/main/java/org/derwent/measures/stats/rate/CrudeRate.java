package org.derwent.measures.stats.rate;

import org.derwent.measures.stats.ConfidenceInterval;
import org.derwent.measures.stats.ConfidenceLevel;

/**
 * A crude rate: events / population x multiplier, with Poisson intervals for the events divided by the
 * population (PHEindicatormethods {@code calculate_rate}; reference/methods/dsr-esp2013.md).
 *
 * @param events     observed events (>= 0)
 * @param population person-years or persons at risk (> 0)
 * @param multiplier e.g. 1000 or 100000
 * @param method     how the intervals were computed
 * @param estimate   the rate and its intervals
 */
public record CrudeRate(double events, double population, double multiplier, PoissonMethod method, RateEstimate estimate) {

    /**
     * The crude rate of {@code events} in {@code population} per {@code multiplier}.
     *
     * @throws IllegalArgumentException when the population is not positive or events are negative
     */
    public static CrudeRate of(double events, double population, double multiplier, PoissonMethod method) {
        if (!(population > 0)) {
            throw new IllegalArgumentException("population must be > 0, got " + population);
        }
        double scale = multiplier / population;
        ConfidenceInterval ci95 = PoissonInterval.of(events, ConfidenceLevel.P95, method).scaled(scale);
        ConfidenceInterval ci998 = PoissonInterval.of(events, ConfidenceLevel.P998, method).scaled(scale);
        return new CrudeRate(events, population, multiplier, method, new RateEstimate(events * scale, ci95, ci998));
    }

    /** The rate x multiplier. */
    public double value() {
        return estimate.value();
    }
}
