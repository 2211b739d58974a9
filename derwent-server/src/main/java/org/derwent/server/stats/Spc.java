package org.derwent.server.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Making Data Count XmR chart for a monthly series (reference/methods/spc-making-data-count.md, as in
 * NHSRplotthedots with outlier screening): mean, limits at mean ± 2.66 x mean moving range, special-cause
 * rules (outside limits, 7-point trend, 2 of 3 near limits, 7-point shift), the latest point's variation and
 * the assurance against a target.
 */
public final class Spc {
    /** One point with its special-cause label ({@code common_cause}, {@code improvement}, {@code concern}, {@code neutral}). */
    public record Point(String period, double value, String cause) {
    }

    /** The chart: limits, points, the variation of the last point and the assurance against the target. */
    public record Chart(double mean, double upper, double lower, List<Point> points, String variation,
                        String assurance) {
    }

    private Spc() {
    }

    /**
     * @param direction {@code higher}, {@code lower} or {@code neither}
     * @param target    plan target or null
     */
    public static Chart chart(List<String> periods, double[] y, String direction, Double target) {
        int n = y.length;
        if (n < 2) {
            throw new IllegalArgumentException("SPC needs at least 2 points, got " + n);
        }
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double[] mr = new double[n - 1];
        double amr = 0;
        for (int i = 1; i < n; i++) {
            mr[i - 1] = Math.abs(y[i] - y[i - 1]);
            amr += mr[i - 1];
        }
        amr /= mr.length;
        double screened = 0;
        int kept = 0;
        for (double m : mr) {
            if (m < 3.267 * amr) {
                screened += m;
                kept++;
            }
        }
        amr = kept > 0 ? screened / kept : amr;
        double upper = mean + 2.66 * amr;
        double lower = mean - 2.66 * amr;
        double nearUp = mean + 1.77333 * amr;
        double nearLo = mean - 1.77333 * amr;
        int[] sign = new int[n];
        markRules(y, mean, upper, lower, nearUp, nearLo, sign);
        int dir = "higher".equals(direction) ? 1 : "lower".equals(direction) ? -1 : 0;
        List<Point> pts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String cause = sign[i] == 0 ? "common_cause"
                    : dir == 0 ? "neutral" : sign[i] * dir > 0 ? "improvement" : "concern";
            pts.add(new Point(periods.get(i), y[i], cause));
        }
        String assurance = "none";
        if (target != null && dir != 0) {
            boolean aboveAll = target > upper;
            boolean belowAll = target < lower;
            assurance = aboveAll ? (dir > 0 ? "consistent_fail" : "consistent_pass")
                    : belowAll ? (dir > 0 ? "consistent_pass" : "consistent_fail") : "inconsistent";
        }
        return new Chart(mean, upper, lower, pts, pts.get(n - 1).cause(), assurance);
    }

    private static void markRules(double[] y, double mean, double up, double lo, double nUp, double nLo, int[] sign) {
        int n = y.length;
        int[] outside = new int[n];
        int[] trend = new int[n];
        int[] twoOfThree = new int[n];
        int[] shift = new int[n];
        for (int i = 0; i < n; i++) {
            outside[i] = y[i] > up ? 1 : y[i] < lo ? -1 : 0;
        }
        for (int i = 6; i < n; i++) {
            int d = 0;
            boolean run = true;
            for (int j = i - 5; j <= i && run; j++) {
                int s = Double.compare(y[j], y[j - 1]);
                if (s == 0 || (d != 0 && s != d)) {
                    run = false;
                }
                d = s;
            }
            if (run) {
                for (int j = i - 6; j <= i; j++) {
                    trend[j] = d;
                }
            }
            int side = (int) Math.signum(y[i] - mean);
            boolean same = side != 0;
            for (int j = i - 6; j <= i && same; j++) {
                same = (int) Math.signum(y[j] - mean) == side;
            }
            if (same) {
                for (int j = i - 6; j <= i; j++) {
                    shift[j] = side;
                }
            }
        }
        for (int i = 2; i < n; i++) {
            int side = (int) Math.signum(y[i] - mean);
            if (side == 0 || Math.signum(y[i - 1] - mean) != side || Math.signum(y[i - 2] - mean) != side) {
                continue;
            }
            int near = 0;
            for (int j = i - 2; j <= i; j++) {
                near += inBand(y[j], side, up, lo, nUp, nLo) ? 1 : 0;
            }
            if (near >= 2) {
                for (int j = i - 2; j <= i; j++) {
                    if (inBand(y[j], side, up, lo, nUp, nLo)) {
                        twoOfThree[j] = side;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            sign[i] = outside[i] != 0 ? outside[i] : trend[i] != 0 ? trend[i] : twoOfThree[i] != 0 ? twoOfThree[i] : shift[i];
        }
    }

    private static boolean inBand(double v, int side, double up, double lo, double nUp, double nLo) {
        return side > 0 ? v > nUp && v <= up : v < nLo && v >= lo;
    }
}
