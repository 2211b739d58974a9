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
