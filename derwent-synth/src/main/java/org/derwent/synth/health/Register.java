package org.derwent.synth.health;

import java.util.Optional;

/**
 * The QOF 2022-23 registers the generator reproduces, in the order they are assigned (a register's model may
 * depend on those assigned before it). Each carries a logistic model of log-odds relative to a 50-year-old
 * man at average deprivation: {@code slope * (min(age, 90) - 50) + curve * (age - peak)^2 + female + dep * (imd - 20) / 10
 * + latent * h}, where h is the patient's shared latent ill-health factor. The per-practice intercept is solved
 * by {@link RegisterCalibrator}. Coefficients are judgement calls shaped on published prevalence gradients
 * (QOF by age band, HSE, OHID fingertips); documented in docs/synthetic-population.md.
 *
 * @param minAge    youngest age that can be on the register
 * @param meanYears mean years since diagnosis at the extract date
 */
public enum Register {
    HYP(18, 0.075, 0, 0, -0.05, 0.10, 0.55, 9),
    DM(17, 0.045, 0, 0, -0.25, 0.18, 0.60, 8),
    NDH(18, 0.045, 0, 0, 0.0, 0.10, 0.40, 3),
    OB(18, 0.012, -0.0006, 55, 0.10, 0.22, 0.35, 0),
    CHD(25, 0.085, 0, 0, -0.60, 0.15, 0.70, 10),
    AF(25, 0.105, 0, 0, -0.35, -0.05, 0.55, 6),
    STIA(25, 0.09, 0, 0, -0.10, 0.10, 0.65, 6),
    HF(25, 0.10, 0, 0, -0.30, 0.15, 0.75, 4),
    PAD(30, 0.08, 0, 0, -0.30, 0.22, 0.65, 6),
    CKD(18, 0.095, 0, 0, 0.20, 0.05, 0.60, 6),
    COPD(35, 0.07, 0, 0, -0.05, 0.38, 0.70, 7),
    AST(6, -0.006, 0, 0, 0.20, 0.10, 0.30, 15),
    CAN(0, 0.065, 0, 0, 0.05, 0.0, 0.40, 5),
    DEM(40, 0.16, 0, 0, 0.30, 0.05, 0.45, 3),
    DEP(18, 0.0, -0.0008, 42, 0.60, 0.15, 0.45, 8),
    MH(16, 0.0, -0.0005, 45, -0.10, 0.30, 0.40, 12),
    LD(0, -0.015, 0, 0, -0.40, 0.05, 0.10, 0),
    EP(18, 0.0, 0, 0, 0.0, 0.12, 0.35, 15),
    OST(50, 0.09, 0, 0, 1.80, 0.0, 0.35, 4),
    RA(16, 0.035, -0.0003, 65, 0.80, 0.05, 0.35, 8),
    PC(0, 0.07, 0, 0, 0.0, 0.0, 0.90, 1);

    private final int minAge;
    private final double slope;
    private final double curve;
    private final int peak;
    private final double female;
    private final double dep;
    private final double latent;
    private final int meanYears;

    Register(int minAge, double slope, double curve, int peak, double female, double dep, double latent, int meanYears) {
        this.minAge = minAge;
        this.slope = slope;
        this.curve = curve;
        this.peak = peak;
        this.female = female;
        this.dep = dep;
        this.latent = latent;
        this.meanYears = meanYears;
    }

    public int minAge() {
        return minAge;
    }

    public int meanYears() {
        return meanYears;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public boolean in(int mask) {
        return (mask & bit()) != 0;
    }

    /** Log-odds from age, sex, deprivation and the latent factor (no intercept, no comorbidity links). */
    public double baseScore(int age, boolean isFemale, double imd, double h) {
        double a = Math.min(age, 90);
        double score = slope * (a - 50) + (curve == 0 ? 0 : curve * (age - peak) * (age - peak));
        return score + (isFemale ? female : 0) + dep * (imd - 20) / 10 + latent * h;
    }

    /** Extra log-odds from registers assigned earlier (multimorbidity structure). */
    public double links(int mask) {
        return switch (this) {
            case CHD -> w(mask, HYP, 0.7) + w(mask, DM, 0.5);
            case AF -> w(mask, HYP, 0.4) + w(mask, OB, 0.3);
            case STIA -> w(mask, HYP, 0.5) + w(mask, AF, 0.7) + w(mask, DM, 0.3);
            case HF -> w(mask, CHD, 1.2) + w(mask, AF, 1.0) + w(mask, HYP, 0.5);
            case PAD -> w(mask, DM, 0.9) + w(mask, CHD, 0.7);
            case CKD -> w(mask, HYP, 1.0) + w(mask, DM, 0.9) + w(mask, HF, 0.6);
            case OB -> w(mask, DM, 0.8) + w(mask, HYP, 0.5);
            case DEM -> w(mask, STIA, 0.6);
            case DEP -> w(mask, COPD, 0.3);
            case PC -> w(mask, CAN, 2.0) + w(mask, DEM, 1.0) + w(mask, HF, 1.0) + w(mask, COPD, 0.6);
            default -> 0;
        };
    }

    /** Whether a patient may be on this register at all (age, and NDH excludes diabetes). */
    public boolean eligible(int age, int mask) {
        return age >= minAge && !(this == NDH && DM.in(mask));
    }

    public static Optional<Register> of(String code) {
        for (Register r : values()) {
            if (r.name().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static double w(int mask, Register r, double v) {
        return r.in(mask) ? v : 0;
    }
}
