package org.derwent.measures.stats.inequality;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.derwent.measures.stats.ConfidenceInterval;

/**
 * SII and RII as PHEindicatormethods {@code phe_sii} (reference/methods/sii-rii.md): population shares
 * {@code a_i}, mid-point ranks {@code b_i} (cumulative share before the quantile + a_i/2, most deprived first),
 * weighted least squares of y on b with weights a_i; SII = beta1, RII = (beta0 + beta1)/beta0; intervals by
 * re-fitting to draws {@code y_i* ~ Normal(y_i, SE_i)} and taking the sorted values at positions
 * round(R(1-c)/2) and round(R(1+c)/2).
 */
public final class SlopeIndex {
    /** The PHE default number of Monte Carlo repetitions. */
    public static final int DEFAULT_REPETITIONS = 100_000;
    /** Fewer quantiles than this is an error, as in PHE. */
    public static final int MIN_QUANTILES = 5;

    private SlopeIndex() {
    }

    /**
     * SII and RII of {@code values} (any order; sorted by quantile, 1 = most deprived).
     *
     * @param transform   regression scale
     * @param scale       100 when proportions are percentages (for logit), else 1
     * @param confidence  e.g. 0.95
     * @param repetitions Monte Carlo repetitions (>= 100)
     * @param seed        generator seed
     */
    public static InequalityResult of(List<QuantileValue> values, InequalityTransform transform, double scale,
                                      double confidence, int repetitions, long seed) {
        if (values.size() < MIN_QUANTILES) {
            throw new IllegalArgumentException("SII needs at least " + MIN_QUANTILES + " quantiles, got " + values.size());
        }
        if (repetitions < 100) {
            throw new IllegalArgumentException("at least 100 repetitions are needed, got " + repetitions);
        }
        QuantileValue[] q = values.stream().sorted(Comparator.comparingInt(QuantileValue::quantile)).toArray(QuantileValue[]::new);
        int k = q.length;
        double total = Arrays.stream(q).mapToDouble(QuantileValue::population).sum();
        double[] a = new double[k];
        double[] b = new double[k];
        double[] y = new double[k];
        double[] se = new double[k];
        double cumulative = 0;
        for (int i = 0; i < k; i++) {
            if (i > 0 && q[i].quantile() == q[i - 1].quantile()) {
                throw new IllegalArgumentException("quantile " + q[i].quantile() + " appears more than once");
            }
            a[i] = q[i].population() / total;
            b[i] = cumulative + a[i] / 2;
            cumulative += a[i];
            y[i] = transform.forward(q[i].value(), scale);
            se[i] = transform == InequalityTransform.NONE ? q[i].se()
                    : (transform.forward(q[i].upper95(), scale) - transform.forward(q[i].lower95(), scale)) / (2 * QuantileValue.Z95);
            if (!Double.isFinite(y[i]) || !Double.isFinite(se[i])) {
                throw new IllegalArgumentException("quantile " + q[i].quantile() + ": value " + q[i].value()
                        + " or its limits cannot be " + transform.name().toLowerCase(java.util.Locale.ROOT) + "-transformed");
            }
        }
        double[] fit = fit(a, b, y, transform, scale);
        double[] sii = new double[repetitions];
        double[] rii = new double[repetitions];
        double[] draw = new double[k];
        Random random = new Random(seed);
        for (int r = 0; r < repetitions; r++) {
            for (int i = 0; i < k; i++) {
                draw[i] = y[i] + se[i] * random.nextGaussian();
            }
            double[] f = fit(a, b, draw, transform, scale);
            sii[r] = f[0];
            rii[r] = f[1];
        }
        return new InequalityResult(fit[0], interval(sii, confidence), fit[1], interval(rii, confidence), fit[2], k,
                repetitions, seed);
    }

    /** {SII, RII, intercept} on the value scale from the weighted fit of {@code y} on {@code b}. */
    static double[] fit(double[] a, double[] b, double[] y, InequalityTransform t, double scale) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double t0 = 0;
        double t1 = 0;
        for (int i = 0; i < a.length; i++) {
            s0 += a[i];
            s1 += a[i] * b[i];
            s2 += a[i] * b[i] * b[i];
            t0 += a[i] * y[i];
            t1 += a[i] * b[i] * y[i];
        }
        double det = s0 * s2 - s1 * s1;
        double beta1 = (s0 * t1 - s1 * t0) / det;
        double beta0 = (s2 * t0 - s1 * t1) / det;
        double atZero = t.inverse(beta0, scale);
        double atOne = t.inverse(beta0 + beta1, scale);
        return new double[] {atOne - atZero, atOne / atZero, atZero};
    }

    private static ConfidenceInterval interval(double[] values, double confidence) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        int lo = (int) Math.round(n * (1 - confidence) / 2);
        int hi = (int) Math.round(n * (1 + confidence) / 2);
        return new ConfidenceInterval(sorted[Math.max(0, lo - 1)], sorted[Math.min(n - 1, hi - 1)], confidence);
    }
}
