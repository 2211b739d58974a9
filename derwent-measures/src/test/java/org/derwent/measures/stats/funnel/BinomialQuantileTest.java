package org.derwent.measures.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.api.Test;

/** The fast quantile walk agrees with Hipparchus' bisection on random denominators and targets. */
class BinomialQuantileTest {

    @Test
    void walk_matches_bisection() {
        Random random = new Random(5);
        double[] tails = {0.001, 0.025, 0.975, 0.999};
        int walked = 0;
        for (int i = 0; i < 2000; i++) {
            int n = 1 + random.nextInt(i % 2 == 0 ? 50 : 50_000);
            double p0 = random.nextDouble() < 0.1 ? random.nextDouble() * 0.01 : random.nextDouble();
            if (p0 == 0) {
                continue;
            }
            BinomialDistribution b = new BinomialDistribution(n, p0);
            for (double p : tails) {
                int[] r = new int[1];
                double[] f = new double[2];
                if (BinomialFunnel.quantileByWalk(b, n, p0, p, r, f)) {
                    walked++;
                    int expected = b.inverseCumulativeProbability(p);
                    assertThat(r[0]).as("n=%d p0=%f p=%f", n, p0, p).isEqualTo(expected);
                    assertThat(f[0]).isCloseTo(b.cumulativeProbability(expected), within(1e-9));
                }
            }
        }
        assertThat(walked).isGreaterThan(7000);
    }
}
