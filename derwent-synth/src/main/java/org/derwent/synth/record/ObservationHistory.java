package org.derwent.synth.record;

import static org.derwent.synth.health.Register.*;

import java.util.SplittableRandom;
import org.derwent.synth.codes.Catalogue;
import org.derwent.synth.codes.Concept;
import org.derwent.synth.output.RecordSink;

/**
 * Five years of primary-care observations for adults: blood pressure, cholesterol and HDL, QRISK, HbA1c, BMI,
 * smoking status, eGFR and (65+) frailty. Values follow the clinical plan: the last blood pressure of a
 * controlled hypertensive is at target (140/90, or 150/90 at 80+), the undiagnosed raised-BP cohort's last
 * reading is at least 140/90, the NDH register has HbA1c 42-47, the OB register a BMI of 30+ in the last year.
 */
final class ObservationHistory {
    static final int YEARS = 5;
    static final String MMHG = "mm[Hg]";
    private final Catalogue.Observations o;
    private final Concept statin;

    ObservationHistory(Catalogue c) {
        this.o = c.obs;
        this.statin = c.meds.statin;
    }

    void write(Person p, RecordSink sink) {
        if (p.age < 16) {
            return;
        }
        int from = Math.max(p.endDay - 365 * YEARS, p.birthDay + 365 * 16);
        double years = (p.endDay - from) / 365.25;
        SplittableRandom rng = p.rng;
        smoking(p, sink, from, years);
        if (p.age < 18) {
            return;
        }
        bloodPressure(p, sink, from, years);
        lipids(p, sink, from, years);
        hba1c(p, sink, from, years);
        bmi(p, sink, from, years);
        egfr(p, sink, from, years);
        if (p.age >= 65 && p.efi > 0) {
            int day = Draw.day(rng, p.since(p.endDay - 700), p.endDay - 1);
            obs(p, sink, o.efi, day, p.efi, 2, null);
            Concept f = p.frailty == 1 ? o.mildFrailty : p.frailty == 2 ? o.moderateFrailty : p.frailty == 3 ? o.severeFrailty : null;
            if (f != null) {
                obs(p, sink, f, day, Double.NaN, 0, null);
            }
        }
    }

    private void obs(Person p, RecordSink sink, Concept c, int day, double value, int places, String unit) {
        sink.observation(p.pid, ++p.seqO, c.system(), c.pick(p.rng), day, value, places, unit, p.orgAt(day));
    }

    private void smoking(Person p, RecordSink sink, int from, double years) {
        int n = 1 + Draw.poisson(p.rng, 0.12 * years);
        int[] days = Draw.days(p.rng, n, from, p.endDay - 1);
        for (int i = 0; i < n; i++) {
            Concept c = p.smoker == 2 || (p.smoker == 1 && i < n - 1 && p.rng.nextBoolean()) ? o.currentSmoker
                    : p.smoker == 1 ? o.exSmoker : o.neverSmoked;
            obs(p, sink, c, days[i], Double.NaN, 0, null);
        }
    }

    private void bloodPressure(Person p, RecordSink sink, int from, double years) {
        SplittableRandom rng = p.rng;
        double rate = p.has(HYP) ? 1.6 : (p.has(DM) || p.cvd() || p.has(CKD) || p.has(HF)) ? 1.2 : p.age >= 40 ? 0.35 : 0.2;
        int min = p.has(HYP) ? 2 : p.raisedBp ? 1 : 0;
        int n = Math.min(14, Math.max(min, Draw.poisson(rng, rate * years)));
        int[] days = Draw.days(rng, n, from, p.endDay - 1);
        double target = p.age >= 80 ? 150 : 140;
        int hypOnset = p.onset[HYP.ordinal()];
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            double sbp;
            double dbp;
            if (p.has(HYP) && days[i] >= hypOnset) {
                if (last) {
                    sbp = p.hypControlled ? target - 2 - rng.nextInt(16) : target + 2 + rng.nextInt(24);
                } else {
                    sbp = Draw.normal(rng, p.hypControlled ? target - 6 : target + 6, 8);
                }
                dbp = Draw.clamp(0.42 * sbp + 22 + Draw.normal(rng, 0, 5), 55, 110);
                if (last && p.hypControlled) {
                    dbp = Math.min(dbp, 88);
                }
            } else if (p.has(HYP)) {
                sbp = p.sbpBase + 18 + Draw.normal(rng, 0, 8);
                dbp = 0.42 * sbp + 24 + Draw.normal(rng, 0, 5);
            } else if (p.raisedBp && last) {
                sbp = 141 + rng.nextInt(30);
                dbp = Math.max(0.42 * sbp + 22 + Draw.normal(rng, 0, 5), rng.nextInt(4) == 0 ? 91 : 60);
            } else {
                sbp = Math.min(139, p.sbpBase + Draw.normal(rng, 0, 6));
                dbp = Math.min(89, 0.42 * sbp + 20 + Draw.normal(rng, 0, 5));
            }
            sbp = Draw.clamp(sbp, 90, 220);
            dbp = Draw.clamp(dbp, 45, Math.min(130, sbp - 20));
            obs(p, sink, o.systolic, days[i], Math.round(sbp), 0, MMHG);
            obs(p, sink, o.diastolic, days[i], Math.round(dbp), 0, MMHG);
        }
    }

    private void lipids(Person p, RecordSink sink, int from, double years) {
        SplittableRandom rng = p.rng;
        double rate = (p.cvd() || p.has(DM) || p.has(CKD)) ? 0.9 : p.age >= 40 ? 0.3 : 0.06;
        int n = Math.min(8, Draw.poisson(rng, rate * years));
        int[] days = Draw.days(rng, n, from, p.endDay - 1);
        int statinStart = Integer.MAX_VALUE;
        for (int t = 0; t < p.therapies; t++) {
            if (p.therapy[t] == statin) {
                statinStart = p.therapyStart[t];
            }
        }
        for (int d : days) {
            double chol = Draw.clamp(p.chol - (d >= statinStart ? 1.3 : 0) + Draw.normal(rng, 0, 0.3), 2.0, 10);
            obs(p, sink, o.cholesterol, d, chol, 1, "mmol/L");
            obs(p, sink, o.hdl, d, Draw.clamp(p.hdl + Draw.normal(rng, 0, 0.1), 0.5, 3.2), 1, "mmol/L");
            if (!p.cvd() && p.age >= 25 && p.age < 85 && rng.nextBoolean()) {
                obs(p, sink, o.qrisk, d, p.qrisk * (1 - 0.04 * (p.endDay - d) / 365.0), 1, "%");
            }
        }
    }

    private void hba1c(Person p, RecordSink sink, int from, double years) {
        SplittableRandom rng = p.rng;
        boolean highNormal = !p.has(DM) && !p.has(NDH) && p.age >= 40 && Draw.chance(rng, 0.03);
        double rate = p.has(DM) ? 2 : p.has(NDH) ? 1 : p.age >= 40 ? 0.15 : 0.03;
        int n = Math.min(12, Math.max(p.has(DM) || p.has(NDH) || highNormal ? 1 : 0, Draw.poisson(rng, rate * years)));
        int[] days = Draw.days(rng, n, from, p.endDay - 1);
        int dmOnset = p.onset[DM.ordinal()];
        for (int d : days) {
            double v;
            if (p.has(DM) && d >= dmOnset) {
                v = Draw.clamp(Draw.normal(rng, 57 + 4 * p.h, 11), 42, 130);
            } else if (p.has(DM) || p.has(NDH) || highNormal) {
                v = 42 + rng.nextInt(6);
            } else {
                v = 31 + rng.nextInt(11);
            }
            obs(p, sink, o.hba1c, d, v, 0, "mmol/mol");
        }
    }

    private void bmi(Person p, RecordSink sink, int from, double years) {
        SplittableRandom rng = p.rng;
        int n = Math.min(8, Draw.poisson(rng, 0.3 * years));
        int[] days = Draw.days(rng, n, from, p.endDay - 1);
        int recent = p.endDay - 364;
        for (int d : days) {
            double v = p.bmi + Draw.normal(rng, 0, 0.8);
            if (d >= recent) {
                v = p.has(OB) ? Math.max(v, 30.0) : Math.min(v, 29.9);
            }
            obs(p, sink, o.bmi, d, Draw.clamp(v, 15, 60), 1, "kg/m2");
        }
        if (p.has(OB) && (n == 0 || days[n - 1] < recent)) {
            obs(p, sink, o.bmi, Draw.day(rng, recent, p.endDay - 1), Math.max(30, p.bmi), 1, "kg/m2");
        }
    }

    private void egfr(Person p, RecordSink sink, int from, double years) {
        SplittableRandom rng = p.rng;
        double rate = p.has(CKD) ? 1.5 : (p.has(DM) || p.has(HYP)) ? 1 : p.age >= 50 ? 0.3 : 0.06;
        int n = Math.min(10, Math.max(p.has(CKD) ? 1 : 0, Draw.poisson(rng, rate * years)));
        int[] days = Draw.days(rng, n, from, p.endDay - 1);
        int ckdOnset = p.onset[CKD.ordinal()];
        for (int d : days) {
            double v;
            if (p.has(CKD) && d >= ckdOnset) {
                v = switch (p.ckdStage) {
                    case 0 -> 45 + rng.nextInt(15);
                    case 1 -> 30 + rng.nextInt(15);
                    case 2 -> 15 + rng.nextInt(15);
                    default -> 6 + rng.nextInt(9);
                };
            } else {
                v = Math.max(61, Math.min(120, 112 - 0.7 * Math.max(0, p.age - 25) + Draw.normal(rng, 0, 9)));
            }
            obs(p, sink, o.egfr, d, Math.round(v), 0, "mL/min/{1.73_m2}");
        }
    }
}
