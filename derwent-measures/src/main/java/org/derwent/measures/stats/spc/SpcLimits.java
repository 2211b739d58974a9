package org.derwent.measures.stats.spc;

/**
 * XmR limits of one segment.
 *
 * @param mean            centre line
 * @param movingRangeMean mean moving range after screening
 * @param lower           lower process limit {@code mean - 2.66 mR}
 * @param upper           upper process limit {@code mean + 2.66 mR}
 * @param nearLower       2-sigma line {@code mean - (2/3) 2.66 mR}
 * @param nearUpper       2-sigma line {@code mean + (2/3) 2.66 mR}
 */
public record SpcLimits(double mean, double movingRangeMean, double lower, double upper, double nearLower,
                        double nearUpper) {
    /** 3 / d2 with d2 = 1.128 for moving ranges of two points, as the package rounds it. */
    public static final double LIMIT = 2.66;
    /** Two thirds of {@link #LIMIT}: the 2-sigma band. */
    public static final double NEAR_LIMIT = 2 * (LIMIT / 3);
    /** D4 for n = 2: moving ranges at or above this multiple of the mean are screened out. */
    public static final double SCREEN = 3.267;

    /** Limits from a centre and a mean moving range. */
    public static SpcLimits of(double mean, double amr) {
        return new SpcLimits(mean, amr, mean - LIMIT * amr, mean + LIMIT * amr, mean - NEAR_LIMIT * amr,
                mean + NEAR_LIMIT * amr);
    }

    /**
     * Limits from the baseline {@code y} (NHSRplotthedots {@code ptd_spc_standard}): mean of y; moving ranges
     * |y_i - y_(i-1)|; when screening, moving ranges >= 3.267 x their mean are dropped and the mean recomputed.
     */
    public static SpcLimits fromBaseline(double[] y, boolean screenOutliers) {
        if (y.length < 2) {
            throw new IllegalArgumentException("an XmR chart needs at least 2 points per segment, got " + y.length);
        }
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double[] mr = new double[y.length - 1];
        double amr = 0;
        for (int i = 1; i < y.length; i++) {
            mr[i - 1] = Math.abs(y[i] - y[i - 1]);
            amr += mr[i - 1];
        }
        amr /= mr.length;
        if (screenOutliers) {
            double sum = 0;
            int kept = 0;
            for (double m : mr) {
                if (m < SCREEN * amr) {
                    sum += m;
                    kept++;
                }
            }
            amr = kept == 0 ? amr : sum / kept;
        }
        return of(mean, amr);
    }
}
