package org.derwent.synth.record;

import static org.derwent.synth.health.Register.*;

import java.util.SplittableRandom;
import org.derwent.synth.codes.Concept;
import org.derwent.synth.codes.Medicines;

/**
 * Chooses a patient's repeat medicines from their conditions, following the usual NICE pathways with realistic
 * gaps: about 8% of the hypertension register untreated, AF patients with CHA2DS2-VASc &gt;= 2 anticoagulated
 * 78% of the time (so about 5,000 are not, at Derbyshire scale), statins for most with cardiovascular disease.
 */
final class MedicationPlan {
    static final double ANTICOAGULATED_HIGH_RISK = 0.805;
    private final Medicines m;

    MedicationPlan(Medicines m) {
        this.m = m;
    }

    void decide(Person p) {
        SplittableRandom rng = p.rng;
        if (p.has(AF)) {
            p.anticoagulated = Draw.chance(rng, chadsVasc(p) >= 2 ? ANTICOAGULATED_HIGH_RISK : 0.3);
            if (p.anticoagulated) {
                add(p, Draw.chance(rng, 0.86) ? m.doac : m.warfarin, AF);
            }
            if (Draw.chance(rng, 0.5)) {
                add(p, m.betaBlocker, AF);
            }
        }
        if (p.has(HYP) && Draw.chance(rng, p.hypControlled ? 0.97 : 0.78)) {
            double u = rng.nextDouble();
            double shift = p.age >= 65 ? 0.15 : 0;
            int classes = p.hypControlled ? (u < 0.45 - shift ? 1 : u < 0.83 - shift ? 2 : 3) : (u < 0.55 - shift ? 1 : u < 0.85 - shift ? 2 : 3);
            Concept a = Draw.chance(rng, 0.75) ? m.aceInhibitor : m.arb;
            Concept first = p.age < 55 ? a : m.calciumChannelBlocker;
            Concept second = first == a ? m.calciumChannelBlocker : a;
            add(p, first, HYP);
            if (classes >= 2) {
                add(p, second, HYP);
            }
            if (classes >= 3) {
                add(p, m.thiazide, HYP);
                if (!p.hypControlled && Draw.chance(rng, 0.3)) {
                    add(p, m.alphaBlocker, HYP);
                }
            }
        }
        if (p.has(HF)) {
            if (Draw.chance(rng, 0.8) && !p.on(m.arb)) {
                add(p, m.aceInhibitor, HF);
            }
            if (Draw.chance(rng, 0.8)) {
                add(p, m.betaBlocker, HF);
            }
            if (Draw.chance(rng, 0.35)) {
                add(p, m.aldosteroneAntagonist, HF);
            }
        }
        diabetes(p, rng);
        if (p.has(CKD) && (p.has(HYP) || p.has(DM)) && !p.on(m.aceInhibitor) && !p.on(m.arb) && Draw.chance(rng, 0.5)) {
            add(p, m.aceInhibitor, CKD);
        }
        if (p.cvd()) {
            org.derwent.synth.health.Register r = p.has(CHD) ? CHD : p.has(STIA) ? STIA : PAD;
            if (Draw.chance(rng, 0.82)) {
                add(p, m.statin, r);
            }
            if (!p.anticoagulated && Draw.chance(rng, 0.85)) {
                add(p, m.antiplatelet, r);
            }
            if (p.has(CHD) && Draw.chance(rng, 0.45)) {
                add(p, m.betaBlocker, CHD);
            }
        } else if (p.age >= 25 && p.age < 85 && p.qrisk >= 10 && Draw.chance(rng, 0.45)) {
            addAt(p, m.statin, Math.max(p.birthDay + 365 * 40, p.endDay - 365 * 4));
        }
        if (p.has(DEP) && Draw.chance(rng, 0.55)) {
            add(p, m.antidepressant, DEP);
        }
        if (p.has(MH)) {
            if (Draw.chance(rng, 0.8)) {
                add(p, m.antipsychotic, MH);
            }
            if (Draw.chance(rng, 0.2)) {
                add(p, m.antidepressant, MH);
            }
        }
        if (p.has(DEM) && Draw.chance(rng, 0.08)) {
            add(p, m.antipsychotic, DEM);
        }
        if (p.age >= 65 && p.ncond >= 4) {
            polypharmacy(p, rng);
        }
    }

    /**
     * Older people with four or more conditions accumulate further medicines (about one in three reach ten), started
     * on a uniform day of the eight years before the extract date (not before 60), so the number of medicines grows
     * slowly over the three-year history rather than jumping within it.
     */
    private void polypharmacy(Person p, SplittableRandom rng) {
        Concept[] extra = {m.statin, m.antiplatelet, m.betaBlocker, m.calciumChannelBlocker, m.thiazide, m.aceInhibitor,
            m.antidepressant, m.alphaBlocker, m.aldosteroneAntagonist};
        int start = Math.max(p.endDay - 365 * 8, p.birthDay + 365 * 60);
        for (Concept c : extra) {
            if (c == m.aceInhibitor && p.on(m.arb)) {
                continue;
            }
            if (c == m.antiplatelet && p.anticoagulated) {
                continue;
            }
            if (Draw.chance(rng, 0.4 + 0.05 * p.frailty)) {
                addAt(p, c, Draw.day(rng, start, p.endDay - 30));
            }
        }
    }

    private void diabetes(Person p, SplittableRandom rng) {
        if (!p.has(DM)) {
            return;
        }
        if (p.dmType1) {
            add(p, m.insulin, DM);
        } else {
            if (Draw.chance(rng, 0.85)) {
                add(p, m.metformin, DM);
            }
            if (Draw.chance(rng, 0.25)) {
                add(p, m.sulfonylurea, DM);
            }
            if (Draw.chance(rng, 0.3)) {
                add(p, m.sglt2, DM);
            }
            if (Draw.chance(rng, 0.2)) {
                add(p, m.dpp4, DM);
            }
            if (Draw.chance(rng, 0.08)) {
                add(p, m.insulin, DM);
            }
        }
        if (p.age >= 40 && Draw.chance(rng, 0.75)) {
            add(p, m.statin, DM);
        }
    }

    /** CHA2DS2-VASc: heart failure, hypertension, age, diabetes, stroke/TIA, vascular disease, sex. */
    static int chadsVasc(Person p) {
        int s = 0;
        s += p.has(HF) ? 1 : 0;
        s += p.has(HYP) ? 1 : 0;
        s += p.age >= 75 ? 2 : p.age >= 65 ? 1 : 0;
        s += p.has(DM) ? 1 : 0;
        s += p.has(STIA) ? 2 : 0;
        s += p.has(CHD) || p.has(PAD) ? 1 : 0;
        s += p.female ? 1 : 0;
        return s;
    }

    private static void add(Person p, Concept c, org.derwent.synth.health.Register because) {
        int onset = p.onset[because.ordinal()];
        addAt(p, c, onset + p.rng.nextInt(120));
    }

    private static void addAt(Person p, Concept c, int start) {
        p.addTherapy(c, p.since(Math.min(start, p.endDay - 30)));
    }
}
