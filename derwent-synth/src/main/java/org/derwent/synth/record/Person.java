package org.derwent.synth.record;

import java.util.SplittableRandom;
import org.derwent.synth.codes.Concept;
import org.derwent.synth.health.Register;

/**
 * Mutable state of the patient being written (one instance per practice task, reset for each patient): facts
 * fixed before any record is written, so every writer tells the same story.
 */
final class Person {
    static final int MAX_THERAPIES = 16;
    SplittableRandom rng;
    String pid;
    String practice;
    String district;
    String previousPractice;
    int transferDay;
    /** Start of the first registration in the records (the previous practice's for a transfer). */
    int registeredSince;
    int age;
    boolean female;
    double h;
    /**
     * Latent factor that drives activity before {@link #finalYear}: {@link #h} for the living; for the deceased
     * {@code h} less {@code CohortBuilder.DECEASED_LATENT_SHIFT}, so that their excess activity falls in their last
     * year of life rather than across the whole history (see docs/synthetic-population.md, stationarity).
     */
    double hBefore;
    /** First day of the final year of life (death - 365) for the deceased; {@link Integer#MAX_VALUE} for the living. */
    int finalYear;
    double imd;
    double dep10;
    int mask;
    int birthDay;
    int endDay;
    boolean alive;
    final int[] onset = new int[Register.values().length];
    int ncond;
    int ckdStage;
    boolean dmType1;
    int smoker;
    int frailty;
    double efi;
    double sbpBase;
    boolean hypControlled;
    boolean raisedBp;
    double chol;
    double hdl;
    double bmi;
    double qrisk;
    boolean anticoagulated;
    final Concept[] therapy = new Concept[MAX_THERAPIES];
    final int[] therapyStart = new int[MAX_THERAPIES];
    int therapies;
    int seqC;
    int seqO;
    int seqM;
    int seqE;
    int seqD;
    int seqX;
    int seqR;

    void reset() {
        java.util.Arrays.fill(onset, -1);
        previousPractice = null;
        transferDay = Integer.MIN_VALUE;
        therapies = 0;
        seqC = seqO = seqM = seqE = seqD = seqX = seqR = 0;
        smoker = frailty = ckdStage = 0;
        efi = qrisk = 0;
        dmType1 = hypControlled = raisedBp = anticoagulated = false;
    }

    /** The later of {@code windowStart} and the birth day, so that no event is dated before birth. */
    int since(int windowStart) {
        return Math.max(windowStart, birthDay);
    }

    /** Share of the {@code days}-long look-back window ending at {@link #endDay} that the patient was alive for. */
    double exposure(int days) {
        return Math.min(1.0, (endDay - since(endDay - days)) / (double) days);
    }

    /** Long-term conditions (as counted in {@link #ncond}) with an onset on or before {@code day}. */
    int ncondAt(int day) {
        int n = 0;
        for (Register r : Register.values()) {
            if (has(r) && r != Register.OB && r != Register.NDH && onset[r.ordinal()] <= day) {
                n++;
            }
        }
        return n;
    }

    /**
     * Thins event days drawn at today's rate so that each day's rate follows the patient's history: a day is kept
     * with probability {@code exp(perCondition * (conditions then - conditions now) + perYear * (years before the
     * end))} (at most 1), i.e. with the conditions diagnosed by then and the age then. Returns the kept days in order.
     */
    int[] asOfDay(int[] days, double perCondition, double perYear) {
        int kept = 0;
        int[] out = new int[days.length];
        for (int d : days) {
            double log = perCondition * (ncondAt(d) - ncond) - perYear * (endDay - d) / 365.0;
            if (rng.nextDouble() < Math.exp(Math.min(0, log))) {
                out[kept++] = d;
            }
        }
        return java.util.Arrays.copyOf(out, kept);
    }

    boolean has(Register r) {
        return r.in(mask);
    }

    boolean cvd() {
        return has(Register.CHD) || has(Register.STIA) || has(Register.PAD);
    }

    /** The practice that recorded something on {@code day}: the previous one before a transfer. */
    String orgAt(int day) {
        return day < transferDay && previousPractice != null ? previousPractice : practice;
    }

    void addTherapy(Concept c, int start) {
        for (int i = 0; i < therapies; i++) {
            if (therapy[i] == c) {
                return;
            }
        }
        if (therapies < MAX_THERAPIES) {
            therapy[therapies] = c;
            therapyStart[therapies++] = start;
        }
    }

    boolean on(Concept c) {
        for (int i = 0; i < therapies; i++) {
            if (therapy[i] == c) {
                return true;
            }
        }
        return false;
    }
}
