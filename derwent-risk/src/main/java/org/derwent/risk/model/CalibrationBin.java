package org.derwent.risk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One tenth of the test set ordered by predicted risk: its size, mean predicted risk and observed event rate. */
public record CalibrationBin(int decile, int n, double meanPredicted, double observed) {
    /**
     * Deciles of predicted risk (decile 1 = lowest risk). People are ordered by their prediction rounded to float
     * precision, ties by position, so the sort runs on primitive keys.
     */
    public static List<CalibrationBin> deciles(double[] p, boolean[] y) {
        int n = p.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) Float.floatToIntBits((float) Math.max(0, p[i])) << 32) | i;
        }
        Arrays.sort(keys);
        List<CalibrationBin> bins = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) n * d / 10);
            int to = (int) ((long) n * (d + 1) / 10);
            double sp = 0;
            int events = 0;
            for (int k = from; k < to; k++) {
                int i = (int) (keys[k] & 0xffffffffL);
                sp += p[i];
                events += y[i] ? 1 : 0;
            }
            int size = to - from;
            bins.add(new CalibrationBin(d + 1, size, size == 0 ? 0 : sp / size, size == 0 ? 0 : events / (double) size));
        }
        return bins;
    }
}
