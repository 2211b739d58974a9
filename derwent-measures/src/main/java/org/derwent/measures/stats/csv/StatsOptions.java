package org.derwent.measures.stats.csv;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.derwent.measures.stats.ImprovementDirection;
import org.derwent.measures.stats.funnel.FunnelType;
import org.derwent.measures.stats.funnel.OverdispersionMethod;
import org.derwent.measures.stats.inequality.InequalityTransform;
import org.derwent.measures.stats.rate.PoissonMethod;

/**
 * Options of {@code derwent stats}; each method reads the ones it needs (see docs/methods.md).
 *
 * @param multiplier        factor for values; empty for the method's default
 * @param funnelType        proportion, ratio or rate (funnel, sii uses proportion or rate)
 * @param overdispersion    funnel over-dispersion adjustment
 * @param improvement       improvement direction when the file has no improvement column
 * @param target            funnel target on the output scale; empty for the pooled value
 * @param poissonMethod     crude-rate intervals
 * @param screenOutliers    SPC moving-range screening
 * @param fixAfter          SPC baseline length
 * @param transform         SII regression scale
 * @param repetitions       SII Monte Carlo repetitions
 * @param seed              SII generator seed
 * @param threshold         disclosure: counts 1..threshold suppressed
 * @param base              disclosure: rounding base
 * @param partition         disclosure: the groups of each table sum to its total
 * @param protectComplement disclosure: also protect denominator - numerator
 */
public record StatsOptions(OptionalDouble multiplier, Optional<FunnelType> funnelType, OverdispersionMethod overdispersion,
                           ImprovementDirection improvement, OptionalDouble target, PoissonMethod poissonMethod,
                           boolean screenOutliers, OptionalInt fixAfter, InequalityTransform transform, int repetitions,
                           long seed, int threshold, int base, boolean partition, boolean protectComplement) {

    /** All defaults. */
    public static StatsOptions defaults() {
        return new StatsOptions(OptionalDouble.empty(), Optional.empty(), OverdispersionMethod.NONE,
                ImprovementDirection.NEUTRAL, OptionalDouble.empty(), PoissonMethod.BYAR, true, OptionalInt.empty(),
                InequalityTransform.NONE, 100_000, 1, 7, 5, true, false);
    }

    /** The multiplier, or {@code fallback} when none was given. */
    public double multiplierOr(double fallback) {
        return multiplier.orElse(fallback);
    }

    /** These options with improvement direction {@code direction}. */
    public StatsOptions withImprovement(ImprovementDirection direction) {
        return new StatsOptions(multiplier, funnelType, overdispersion, direction, target, poissonMethod, screenOutliers,
                fixAfter, transform, repetitions, seed, threshold, base, partition, protectComplement);
    }
}
