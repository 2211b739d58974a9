package org.derwent.synth.health;

import java.util.Arrays;
import org.derwent.synth.Selection;
import org.derwent.synth.Seeds;

/**
 * Assigns QOF registers to a practice's living cohort so that each register's count equals its target (the
 * practice's QOF count scaled to the number generated). Patient i joins register r when
 * {@code a_r + score_r(i) + e_ir > 0}, with {@code score_r} the register's age/sex/deprivation/latent/comorbidity
 * log-odds and {@code e_ir} a standard logistic variate (so membership follows a logistic model). The practice
 * intercept {@code a_r} is solved on this practice's generated demographics so that exactly the target number
 * qualifies (ties aside): the fixed point of a bisection on the intercept, found directly from the sorted scores. The intercepts are kept to assign registers to the practice's deceased patients.
 */
public final class RegisterCalibrator {
    /** Random stream for the per-register logistic noise. */
    public static final long NOISE_STREAM = 11;
    private final long seed;
    private final double[] intercept = new double[Register.values().length];

    public RegisterCalibrator(long seed) {
        this.seed = seed;
    }

    public double intercept(Register r) {
        return intercept[r.ordinal()];
    }

    /** Assigns registers in {@link Register} order; {@code target[r]} is the wanted count for register r. */
    public void assign(Cohort c, int[] target) {
        double[] score = new double[c.size];
        double[] eligibleScores = new double[c.size];
        for (Register r : Register.values()) {
            int eligible = 0;
            for (int i = 0; i < c.size; i++) {
                if (r.eligible(c.age[i], c.registers[i])) {
                    score[i] = score(r, c, i);
                    eligibleScores[eligible++] = score[i];
                } else {
                    score[i] = Double.NaN;
                }
            }
            int k = Math.min(target[r.ordinal()], eligible);
            double a = solve(Arrays.copyOf(eligibleScores, eligible), k);
            intercept[r.ordinal()] = a;
            for (int i = 0; i < c.size; i++) {
                if (!Double.isNaN(score[i]) && a + score[i] > 0) {
                    c.registers[i] |= r.bit();
                }
            }
        }
    }

    /** Registers of a patient outside the calibration set (the deceased), using the solved intercepts. */
    public void assignWithIntercepts(Cohort c, int i) {
        for (Register r : Register.values()) {
            if (r.eligible(c.age[i], c.registers[i]) && intercept[r.ordinal()] + score(r, c, i) > 0) {
                c.registers[i] |= r.bit();
            }
        }
    }

    private double score(Register r, Cohort c, int i) {
        return r.baseScore(c.age[i], c.female[i], c.imd[i], c.latent[i]) + r.links(c.registers[i])
                + Seeds.logistic(seed, NOISE_STREAM * 64 + r.ordinal(), c.index(i));
    }

    /**
     * The intercept a with exactly k of the scores satisfying {@code a + s > 0}: the midpoint between the k-th and
     * (k+1)-th largest scores. This is where bisection on a converges; sorting finds it without iterating.
     */
    static double solve(double[] scores, int k) {
        if (k <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (k >= scores.length) {
            return Double.POSITIVE_INFINITY;
        }
        double kth = Selection.kthLargest(scores, k);
        double next = Selection.kthLargest(scores, k + 1);
        return -(kth + next) / 2;
    }
}
