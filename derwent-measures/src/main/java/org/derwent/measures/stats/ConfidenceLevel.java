package org.derwent.measures.stats;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The two confidence levels used by PHE/OHID Fingertips and funnel plots, with their two-sided normal
 * quantiles (qnorm(0.975) = 1.959964 and qnorm(0.999) = 3.090232; see reference/methods/funnel-plots.md).
 */
public enum ConfidenceLevel {
    /** 95%: tail probabilities 0.025 / 0.975. */
    P95(0.95),
    /** 99.8%: tail probabilities 0.001 / 0.999. */
    P998(0.998);

    private final double level;
    private final double z;

    ConfidenceLevel(double level) {
        this.level = level;
        this.z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** The level as a fraction (0.95 or 0.998). */
    public double level() {
        return level;
    }

    /** The two-sided standard normal quantile for this level. */
    public double z() {
        return z;
    }

    /** The lower tail probability (0.025 or 0.001). */
    public double lowerTail() {
        return (1 - level) / 2;
    }

    /** The upper tail probability (0.975 or 0.999). */
    public double upperTail() {
        return 1 - lowerTail();
    }
}
