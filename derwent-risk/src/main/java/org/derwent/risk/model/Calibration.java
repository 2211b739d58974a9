package org.derwent.risk.model;

/**
 * Logistic recalibration on a test set: fits {@code logit P(y) = intercept + slope * logit(p)} by iteratively
 * reweighted least squares; {@code inTheLarge} is the intercept with the slope fixed at 1 (offset model).
 * A well-calibrated model has slope 1 and intercepts 0.
 */
public record Calibration(double slope, double intercept, double inTheLarge) {
    private static final double EPS = 1e-9;

    public static Calibration fit(double[] p, boolean[] y) {
        int n = p.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
            x[i] = Math.log(q / (1 - q));
        }
        double a = 0;
        double b = 1;
        for (int iter = 0; iter < 50; iter++) {
            double g0 = 0;
            double g1 = 0;
            double h00 = 0;
            double h01 = 0;
            double h11 = 0;
            for (int i = 0; i < n; i++) {
                double mu = sigmoid(a + b * x[i]);
                double r = (y[i] ? 1 : 0) - mu;
                double w = mu * (1 - mu);
                g0 += r;
                g1 += r * x[i];
                h00 += w;
                h01 += w * x[i];
                h11 += w * x[i] * x[i];
            }
            double det = h00 * h11 - h01 * h01;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (h11 * g0 - h01 * g1) / det;
            double db = (h00 * g1 - h01 * g0) / det;
            a += da;
            b += db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
                break;
            }
        }
        double c = 0;
        for (int iter = 0; iter < 50; iter++) {
            double g = 0;
            double h = 0;
            for (int i = 0; i < n; i++) {
                double mu = sigmoid(c + x[i]);
                g += (y[i] ? 1 : 0) - mu;
                h += mu * (1 - mu);
            }
            if (h < 1e-12) {
                break;
            }
            double dc = g / h;
            c += dc;
            if (Math.abs(dc) < 1e-10) {
                break;
            }
        }
        return new Calibration(b, a, c);
    }

    static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
