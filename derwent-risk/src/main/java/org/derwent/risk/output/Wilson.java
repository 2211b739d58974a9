package org.derwent.risk.output;

/** Wilson score interval for a proportion, and funnel-plot control limits around a target proportion. */
public final class Wilson {
    static final double Z95 = 1.959963984540054;
    static final double Z998 = 3.090232306167813;

    private Wilson() {
    }

    /** {lower, upper} 95% limits of numerator / denominator. */
    public static double[] interval(long numerator, long denominator) {
        if (denominator == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double n = denominator;
        double p = numerator / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** Funnel flag of a group's proportion against the overall proportion {@code p0} (normal approximation). */
    public static String funnelFlag(long numerator, long denominator, double p0) {
        if (denominator == 0) {
            return null;
        }
        double p = numerator / (double) denominator;
        double se = Math.sqrt(p0 * (1 - p0) / denominator);
        if (p > p0 + Z998 * se) {
            return "high_998";
        }
        if (p > p0 + Z95 * se) {
            return "high_95";
        }
        if (p < p0 - Z998 * se) {
            return "low_998";
        }
        if (p < p0 - Z95 * se) {
            return "low_95";
        }
        return "within";
    }
}
