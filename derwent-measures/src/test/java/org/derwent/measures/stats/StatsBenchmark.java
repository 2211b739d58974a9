package org.derwent.measures.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.Supplier;
import org.derwent.measures.disclosure.BreakdownDisclosure;
import org.derwent.measures.disclosure.DisclosurePolicy;
import org.derwent.measures.disclosure.GroupCounts;
import org.derwent.measures.stats.funnel.FunnelAnalysis;
import org.derwent.measures.stats.funnel.FunnelType;
import org.derwent.measures.stats.funnel.FunnelUnit;
import org.derwent.measures.stats.funnel.OverdispersionMethod;
import org.derwent.measures.stats.inequality.InequalityTransform;
import org.derwent.measures.stats.inequality.QuantileValue;
import org.derwent.measures.stats.inequality.SlopeIndex;
import org.derwent.measures.stats.spc.SpcInput;
import org.derwent.measures.stats.spc.SpcOptions;
import org.derwent.measures.stats.spc.XmrChart;

/**
 * Prints the time each method takes at the sizes the indicator run meets (not a test; run its main). Usage from
 * the repository root after {@code ./mvnw -pl derwent-measures -am test-compile}:
 * {@code java -cp "derwent-measures/target/classes:derwent-measures/target/test-classes:$(cat /tmp/cp.txt)" org.derwent.measures.stats.StatsBenchmark}
 * with /tmp/cp.txt from {@code ./mvnw -q -pl derwent-measures dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}.
 */
public final class StatsBenchmark {
    private StatsBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(1);
        List<FunnelUnit> units = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            int n = 100 + random.nextInt(20_000);
            units.add(new FunnelUnit("U" + i, Math.round(n * (0.65 + 0.1 * random.nextDouble())), n));
        }
        time("funnel, exact binomial, 5,000 units", 5, () -> FunnelAnalysis.run(units, FunnelType.PROPORTION,
                OptionalDouble.empty(), OverdispersionMethod.NONE, ImprovementDirection.INCREASE, 100));
        time("funnel, additive over-dispersion, 5,000 units", 5, () -> FunnelAnalysis.run(units, FunnelType.PROPORTION,
                OptionalDouble.empty(), OverdispersionMethod.ADDITIVE, ImprovementDirection.INCREASE, 100));
        List<QuantileValue> deciles = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            deciles.add(new QuantileValue(d, 20_000 + 1000 * d, 20 - d, 0.3, 19.4 - d, 20.6 - d));
        }
        time("SII, 10 deciles, 100,000 repetitions", 5,
                () -> SlopeIndex.of(deciles, InequalityTransform.NONE, 100, 0.95, 100_000, 1));
        List<SpcInput> series = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            series.add(SpcInput.of("M" + m, 70 + random.nextGaussian()));
        }
        time("SPC, 1,000 series of 24 months", 5, () -> {
            for (int i = 0; i < 1000; i++) {
                XmrChart.of(series, SpcOptions.defaults(ImprovementDirection.INCREASE));
            }
            return null;
        });
        List<List<GroupCounts>> tables = new ArrayList<>();
        for (int t = 0; t < 2000; t++) {
            List<GroupCounts> groups = new ArrayList<>();
            for (int g = 0; g < 50; g++) {
                int den = random.nextInt(300);
                groups.add(GroupCounts.of("G" + g, random.nextInt(den + 1), den));
            }
            tables.add(groups);
        }
        time("disclosure, 2,000 breakdowns of 50 groups", 5, () -> {
            tables.forEach(g -> BreakdownDisclosure.apply(g, true, true, DisclosurePolicy.defaults(), 100));
            return null;
        });
    }

    private static void time(String label, int repeats, Supplier<?> work) {
        work.get();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            work.get();
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("%-48s best of %d: %8.1f ms%n", label, repeats, best / 1e6);
    }
}
