package org.derwent.synth.calibration;

/** Pearson correlation and relative deviation. */
final class Stats {
    private Stats() {
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** (generated - reference) / reference, or NaN when the reference is zero. */
    static double relative(double generated, double reference) {
        return reference == 0 ? Double.NaN : (generated - reference) / reference;
    }
}
