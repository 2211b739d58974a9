package org.derwent.synth.demography;

import java.util.Map;
import java.util.SplittableRandom;
import org.derwent.model.footprint.Practice;

/**
 * Ages and sexes for a practice's patients. Starts from the practice district's resident age-sex structure and
 * reweights the QOF age segments [0,6), [6,16), 16, 17, [18,50) and 50+ so the practice's age-threshold
 * denominators (06OV, 16OV, 17OV, 18OV, 50OV, scaled to the number generated) are met exactly, up to rounding.
 * Within a segment, age and sex follow the district structure.
 */
public final class AgeSexAllocator {
    static final int[] SEGMENT_START = {0, 6, 16, 17, 18, 50, AgeStructure.MAX_AGE + 1};
    private static final String[] THRESHOLD = {"06OV", "16OV", "17OV", "18OV", "50OV"};

    private AgeSexAllocator() {
    }

    /** Patients per segment for {@code n} patients at this practice (largest-remainder rounding). */
    public static int[] segmentCounts(Practice practice, AgeStructure district, int n) {
        int segments = SEGMENT_START.length - 1;
        double[] share = new double[segments];
        Map<String, Integer> t = practice.ageThresholds();
        boolean complete = t.keySet().containsAll(java.util.List.of(THRESHOLD));
        if (complete) {
            double total = practice.listSize();
            double[] above = new double[segments + 1];
            above[0] = total;
            for (int i = 0; i < THRESHOLD.length; i++) {
                above[i + 1] = t.get(THRESHOLD[i]);
            }
            for (int s = 0; s < segments - 1; s++) {
                share[s] = Math.max(0, above[s] - above[s + 1]) / total;
            }
            share[segments - 1] = above[segments - 1] / total;
        } else {
            double all = district.total(0, AgeStructure.MAX_AGE + 1);
            for (int s = 0; s < segments; s++) {
                share[s] = district.total(SEGMENT_START[s], SEGMENT_START[s + 1]) / all;
            }
        }
        return largestRemainder(share, n);
    }

    /** Integer counts proportional to {@code share} that sum to {@code n}. */
    public static int[] largestRemainder(double[] share, int n) {
        double sum = 0;
        for (double s : share) {
            sum += s;
        }
        int[] out = new int[share.length];
        double[] rem = new double[share.length];
        int used = 0;
        for (int i = 0; i < share.length; i++) {
            double exact = sum == 0 ? 0 : share[i] / sum * n;
            out[i] = (int) Math.floor(exact);
            rem[i] = exact - out[i];
            used += out[i];
        }
        while (used < n) {
            int best = 0;
            for (int i = 1; i < rem.length; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            out[best]++;
            rem[best] = -1;
            used++;
        }
        return out;
    }

    /** Cumulative sampling table over (sex, age) cells of one segment: cell = sex * 1000 + age. */
    public static Sampler segmentSampler(AgeStructure district, int segment) {
        int from = SEGMENT_START[segment];
        int to = SEGMENT_START[segment + 1];
        int cells = 2 * (to - from);
        double[] cum = new double[cells];
        int[] cell = new int[cells];
        double acc = 0;
        int k = 0;
        for (int s = 0; s < 2; s++) {
            for (int a = from; a < to; a++) {
                acc += Math.max(district.weight(s, a), 1e-9);
                cum[k] = acc;
                cell[k++] = s * 1000 + a;
            }
        }
        return new Sampler(cum, cell);
    }

    /** Draws a cell from a cumulative table. */
    public record Sampler(double[] cum, int[] cell) {
        public int draw(SplittableRandom rng) {
            double u = rng.nextDouble() * cum[cum.length - 1];
            int lo = 0;
            int hi = cum.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cum[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return cell[lo];
        }
    }
}
