package org.derwent.synth.record;

import static org.derwent.synth.health.Register.*;

import java.util.SplittableRandom;
import org.derwent.synth.health.Register;

/**
 * Fixes a patient's clinical story before records are written: onset dates, disease stage, smoking, frailty,
 * underlying blood pressure, lipids, BMI and QRISK. The plan's gaps (untreated to target, undiagnosed raised
 * blood pressure, current smokers) are decided here.
 */
final class ClinicalPlan {
    static final int DEP_REGISTER_START = (int) java.time.LocalDate.of(2006, 4, 1).toEpochDay();
    /** Share of the hypertension register whose last blood pressure is at target. */
    static final double HYP_CONTROLLED = 0.74;

    private ClinicalPlan() {
    }

    static void decide(Person p) {
        SplittableRandom rng = p.rng;
        p.ncond = 0;
        for (Register r : Register.values()) {
            if (p.has(r) && r != OB && r != NDH) {
                p.ncond++;
            }
            if (p.has(r)) {
                p.onset[r.ordinal()] = onset(p, r, rng);
            }
        }
        p.dmType1 = p.has(DM) && Draw.chance(rng, p.age < 40 ? 0.45 : 0.05);
        if (p.has(CKD)) {
            double u = rng.nextDouble();
            p.ckdStage = u < 0.6 ? 0 : u < 0.86 ? 1 : u < 0.97 ? 2 : 3;
        }
        smoking(p, rng);
        frailty(p, rng);
        double base = 116 + 0.45 * Math.max(0, p.age - 25) + (p.female ? -3 : 3) + 3 * p.h + Draw.normal(rng, 0, 6);
        p.sbpBase = Draw.clamp(base, 100, 175);
        p.hypControlled = p.has(HYP) && Draw.chance(rng, HYP_CONTROLLED);
        p.chol = Draw.clamp(Draw.normal(rng, 4.6 + 0.012 * Math.min(p.age, 65), 0.9), 2.5, 9.5);
        p.hdl = Draw.clamp(Draw.normal(rng, p.female ? 1.6 : 1.3, 0.3), 0.6, 3.0);
        double bmi = 24 + 0.06 * Math.min(Math.max(p.age - 18, 0), 45) + 0.3 * p.dep10 + Draw.normal(rng, 0, 3.8);
        if (p.has(OB)) {
            bmi = 30 + Math.abs(Draw.normal(rng, 0, 4.5));
        }
        p.bmi = Draw.clamp(bmi, p.age < 18 ? 14 : 16.5, 58);
        p.qrisk = qrisk(p);
    }

    private static int onset(Person p, Register r, SplittableRandom rng) {
        int earliestAge = switch (r) {
            case LD, EP, AST -> 1;
            case MH, DEP -> 14;
            default -> Math.max(r.minAge(), 18);
        };
        int last = p.endDay - 1;
        if (r == LD) {
            int from = p.since(Math.min(p.birthDay + 365, last));
            return Draw.day(rng, from, Math.max(from, Math.min(last, p.birthDay + 365 * 6)));
        }
        if (r == PC) {
            return Draw.day(rng, p.since(last - 300), last);
        }
        if (r == OB) {
            return -1;
        }
        double years = -Math.log(1 - rng.nextDouble()) * r.meanYears();
        int earliest = p.birthDay + (int) (earliestAge * 365.25);
        int day = (int) Math.max(earliest, last - years * 365.25);
        if (r == DEP) {
            day = Math.max(day, DEP_REGISTER_START);
        }
        return p.since(Math.min(day, last));
    }

    private static void smoking(Person p, SplittableRandom rng) {
        if (p.age < 16) {
            p.smoker = 0;
            return;
        }
        double x = -1.8 + 0.32 * p.dep10 - 0.028 * Math.max(0, p.age - 40) + 0.2 * p.h
                + (p.has(MH) ? 1.4 : 0) + (p.has(COPD) ? 1.0 : 0) + (p.has(DEP) ? 0.5 : 0) + (p.age < 25 ? -0.4 : 0);
        if (Draw.chance(rng, Draw.logistic(x))) {
            p.smoker = 2;
        } else {
            double ex = 0.15 + 0.006 * Math.max(0, p.age - 30) + (p.has(COPD) ? 0.4 : 0) + (p.cvd() ? 0.15 : 0);
            p.smoker = Draw.chance(rng, Math.min(0.85, ex)) ? 1 : 0;
        }
    }

    private static void frailty(Person p, SplittableRandom rng) {
        if (p.age < 65) {
            return;
        }
        p.efi = Draw.clamp(0.02 + 0.035 * p.ncond + 0.004 * (p.age - 65) + 0.03 * p.h + Draw.normal(rng, 0, 0.03), 0, 0.7);
        p.frailty = p.efi < 0.12 ? 0 : p.efi < 0.24 ? 1 : p.efi < 0.36 ? 2 : 3;
    }

    /** A QRISK-like 10-year cardiovascular risk (%), monotone in the usual risk factors. */
    static double qrisk(Person p) {
        double x = -9.1 + 0.105 * Math.min(p.age, 84) + (p.female ? -0.55 : 0) + (p.smoker == 2 ? 0.65 : 0)
                + (p.has(DM) ? 0.8 : 0) + (p.has(HYP) ? 0.35 : 0) + 0.22 * (p.chol / p.hdl - 4)
                + 0.014 * (p.sbpBase - 130) + 0.12 * p.dep10 + (p.has(AF) ? 0.4 : 0) + (p.has(CKD) ? 0.3 : 0);
        return 100 * Draw.logistic(x);
    }
}
