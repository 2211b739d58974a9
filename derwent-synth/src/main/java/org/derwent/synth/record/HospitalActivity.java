package org.derwent.synth.record;

import static org.derwent.synth.health.Register.*;

import java.util.SplittableRandom;
import org.derwent.model.extract.Setting;
import org.derwent.synth.codes.Concept;
import org.derwent.synth.codes.Hospital;
import org.derwent.synth.output.RecordSink;

/**
 * Hospital activity over the three years before the extract date, at constant yearly rates: A&amp;E attendances (type 1 at the acute trust, some at urgent care),
 * emergency admissions (mostly via A&amp;E; ICD-10 diagnoses from the patient's conditions; falls with an
 * external-cause code; hip fractures with a hemiarthroplasty), elective admissions with OPCS-4 procedures, and
 * outpatient attendances. Patients who died have more emergency admissions in their last 90 days.
 */
final class HospitalActivity {
    private final Providers providers;
    private final Hospital hx;
    private final ElectiveCare elective;

    HospitalActivity(Providers providers, Hospital hx) {
        this.providers = providers;
        this.hx = hx;
        this.elective = new ElectiveCare(hx);
    }

    /** Emergency admissions per year before the age, condition, frailty and latent multipliers. */
    static double emergencyRate(Person p) {
        return 0.032 * Math.exp(0.028 * (p.age - 50) + 0.3 * p.ncond + 0.45 * p.frailty + 0.16 * p.dep10 + 0.55 * p.h);
    }

    void write(Person p, RecordSink sink) {
        SplittableRandom rng = p.rng;
        int from = p.since(p.endDay - ActivityHistory.ACTIVITY_DAYS);
        double years = ActivityHistory.ACTIVITY_YEARS * p.exposure(ActivityHistory.ACTIVITY_DAYS);
        double youngOld = p.age < 5 ? 0.5 : p.age < 16 ? -0.2 : p.age < 30 ? 0.15 : 0.015 * Math.max(0, p.age - 65);
        double ae = 0.22 * Math.exp(youngOld + 0.2 * p.ncond + 0.2 * p.dep10 + 0.3 * p.h + 0.35 * p.frailty);
        for (int d : Draw.days(rng, Math.min(30, Draw.poisson(rng, ae * years)), from, p.endDay - 1)) {
            boolean urgent = providers.urgentCare() != null && Draw.chance(rng, 0.3);
            String provider = urgent ? providers.urgentCare() : providers.acute(p.district, rng);
            sink.encounter(p.pid, ++p.seqE, Setting.AE, provider, d, d, null, null,
                    urgent ? "urgent treatment centre" : "emergency department");
        }
        int emergencies = Math.min(22, Draw.poisson(rng, emergencyRate(p) * years));
        for (int d : Draw.days(rng, emergencies, from, p.endDay - 1)) {
            emergency(p, sink, d);
        }
        if (!p.alive) {
            double eol = 0.22 * Math.exp(0.5 * p.frailty + (p.has(PC) ? 0.5 : 0) + 0.3 * p.h);
            int n = Math.min(6, Draw.poisson(rng, eol));
            for (int d : Draw.days(rng, n, p.since(p.endDay - 90), p.endDay - 1)) {
                emergency(p, sink, d);
            }
        }
        if (p.age >= 18) {
            double rate = 0.03 * Math.exp(0.035 * (Math.min(p.age, 85) - 50) + 0.12 * p.ncond);
            for (int d : Draw.days(rng, Math.min(6, Draw.poisson(rng, rate * years)), from, p.endDay - 1)) {
                elective.admit(p, sink, providers.acute(p.district, rng), d);
            }
        }
        double op = (p.age < 18 ? 0.3 : 0.7) * Math.exp(0.012 * Math.max(0, p.age - 30) + 0.22 * p.ncond + 0.1 * p.h);
        for (int d : Draw.days(rng, Math.min(36, Draw.poisson(rng, op * years)), from, p.endDay - 1)) {
            sink.encounter(p.pid, ++p.seqE, Setting.OUTPATIENT, providers.acute(p.district, rng), d, d, null, null, specialty(p));
        }
    }

    private void emergency(Person p, RecordSink sink, int day) {
        SplittableRandom rng = p.rng;
        String provider = providers.acute(p.district, rng);
        double u = rng.nextDouble();
        String method = u < 0.75 ? "21" : u < 0.9 ? "22" : "28";
        if (method.equals("21")) {
            sink.encounter(p.pid, ++p.seqE, Setting.AE, provider, day, day, null, null, "emergency department");
        }
        int los = Draw.chance(rng, 0.25) ? 0 : 1 + Draw.poisson(rng, 1.5 + 0.12 * Math.max(0, p.age - 50) + p.frailty);
        int end = Math.min(day + Math.min(los, 60), p.endDay);
        int enc = ++p.seqE;
        sink.encounter(p.pid, enc, Setting.ADMITTED, provider, day, end, method, null, p.age >= 75 ? "geriatric medicine" : "general medicine");
        int pos = 1;
        boolean fall = p.age >= 65 && Draw.chance(rng, 0.15);
        if (fall) {
            boolean hip = Draw.chance(rng, 0.35);
            dx(p, sink, enc, pos++, hip ? hx.hipFracture : hx.fallInjury, day);
            dx(p, sink, enc, pos++, hx.fallCause, day);
            if (hip) {
                sink.procedure(p.pid, ++p.seqX, enc, hx.hemiarthroplasty.system(), hx.hemiarthroplasty.first(), day + 1, provider);
            }
        } else {
            dx(p, sink, enc, pos++, primary(p, rng), day);
        }
        for (Concept c : new Concept[] {p.has(HYP) ? hx.hypertension : null, p.has(DM) ? hx.diabetes : null,
            p.has(AF) ? hx.atrialFibrillation : null, p.has(CKD) ? hx.ckd : null, p.has(DEM) ? hx.dementia : null}) {
            if (c != null && pos <= 4) {
                dx(p, sink, enc, pos++, c, day);
            }
        }
    }

    private void dx(Person p, RecordSink sink, int enc, int position, Concept c, int day) {
        sink.diagnosis(p.pid, ++p.seqD, enc, position, c.system(), c.pick(p.rng), day);
    }

    private Concept primary(Person p, SplittableRandom rng) {
        int k = rng.nextInt(10);
        if (k < 6) {
            if (p.has(COPD) && k < 3) {
                return hx.copdExacerbation;
            }
            if (p.has(HF) && k < 3) {
                return hx.heartFailure;
            }
            if (p.has(CHD) && k == 3) {
                return hx.myocardialInfarction;
            }
            if (p.has(STIA) && k == 4) {
                return hx.stroke;
            }
            if (p.has(AST) && k == 5) {
                return hx.asthmaAttack;
            }
            if (p.has(CAN) && k == 5) {
                return p.female ? hx.cancerFemale : hx.cancerMale;
            }
            if (p.has(PC) && k == 4) {
                return hx.palliative;
            }
            if (p.has(MH) && k == 2) {
                return hx.psychosis;
            }
            if (p.has(DEP) && k == 1) {
                return hx.depression;
            }
        }
        return switch (rng.nextInt(5)) {
            case 0 -> hx.respiratory;
            case 1 -> hx.abdominalPain;
            case 2 -> p.age >= 50 && rng.nextInt(4) == 0 ? hx.giBleed : hx.acuteMedical;
            default -> hx.acuteMedical;
        };
    }

    private static String specialty(Person p) {
        int k = p.rng.nextInt(4);
        if (p.age < 18) {
            return "paediatrics";
        }
        if (k == 0 && (p.has(CHD) || p.has(AF) || p.has(HF))) {
            return "cardiology";
        }
        if (k == 1 && (p.has(COPD) || p.has(AST))) {
            return "respiratory medicine";
        }
        if (k == 2 && p.has(DM)) {
            return "diabetes medicine";
        }
        if (k == 3 && p.has(CAN)) {
            return "clinical oncology";
        }
        if (k == 0 && p.has(CKD)) {
            return "nephrology";
        }
        return switch (p.rng.nextInt(6)) {
            case 0 -> "trauma and orthopaedics";
            case 1 -> "ophthalmology";
            case 2 -> "general surgery";
            case 3 -> p.female ? "gynaecology" : "urology";
            case 4 -> p.age >= 75 ? "geriatric medicine" : "dermatology";
            default -> "general medicine";
        };
    }
}
