package org.derwent.synth.record;

import static org.derwent.synth.health.Register.*;

import java.util.SplittableRandom;
import org.derwent.synth.codes.Catalogue;
import org.derwent.synth.codes.Concept;
import org.derwent.synth.output.RecordSink;

/**
 * The referrals and procedures the prevention indicators count: stop-smoking advice and referral, weight
 * management referral, Diabetes Prevention Programme referral, SMI and LD annual health checks, medication
 * reviews and structured medication reviews. Each happens for a share of the eligible patients, leaving gaps.
 */
final class PreventionHistory {
    private final Catalogue.Prevention c;

    PreventionHistory(Catalogue catalogue) {
        this.c = catalogue.prevention;
    }

    void write(Person p, RecordSink sink) {
        SplittableRandom rng = p.rng;
        int end = p.endDay - 1;
        if (p.smoker == 2 && p.age >= 16) {
            if (Draw.chance(rng, 0.65)) {
                procedure(p, sink, c.smokingAdvice, Draw.day(rng, p.since(end - 720), end));
            }
            if (Draw.chance(rng, 0.3)) {
                referral(p, sink, c.smokingReferral, Draw.day(rng, p.since(end - 720), end), "smoking cessation");
            }
        }
        if (p.has(OB) && Draw.chance(rng, 0.22)) {
            referral(p, sink, c.weightReferral, Draw.day(rng, p.since(end - 720), end), "weight management");
        }
        if (p.has(NDH) && Draw.chance(rng, 0.45)) {
            referral(p, sink, c.dppReferral, Draw.day(rng, p.since(Math.max(p.onset[NDH.ordinal()], end - 1000)), end),
                    "diabetes prevention programme");
        }
        if (p.has(MH)) {
            healthCheck(p, sink, c.smiHealthCheck, 0.6);
        }
        if (p.has(LD) && p.age >= 14) {
            healthCheck(p, sink, c.ldHealthCheck, 0.75);
        }
        if (p.therapies > 0 && Draw.chance(rng, 0.72)) {
            procedure(p, sink, c.medicationReview, Draw.day(rng, p.since(end - 364), end));
        }
        if (p.age >= 65 && (p.therapies >= 10 || p.frailty >= 2) && Draw.chance(rng, 0.35)) {
            procedure(p, sink, c.structuredMedicationReview, Draw.day(rng, p.since(end - 364), end));
        }
    }

    /** A complete check records every component on one day; a partial one (a quarter of the rest) some of them. */
    private void healthCheck(Person p, RecordSink sink, Concept check, double complete) {
        SplittableRandom rng = p.rng;
        int day = Draw.day(rng, p.since(p.endDay - 365), p.endDay - 1);
        boolean all = Draw.chance(rng, complete);
        if (!all && !Draw.chance(rng, 0.25)) {
            return;
        }
        int n = check.codes().size();
        int parts = all ? n : 1 + rng.nextInt(n - 1);
        for (int i = 0; i < parts; i++) {
            String code = check.codes().get(i);
            sink.procedure(p.pid, ++p.seqX, RecordSink.NONE, check.system(), code, day, p.orgAt(day));
        }
    }

    private void procedure(Person p, RecordSink sink, Concept concept, int day) {
        sink.procedure(p.pid, ++p.seqX, RecordSink.NONE, concept.system(), concept.pick(p.rng), day, p.orgAt(day));
    }

    private void referral(Person p, RecordSink sink, Concept concept, int day, String service) {
        sink.referral(p.pid, ++p.seqR, concept.system(), concept.pick(p.rng), day, service, p.orgAt(day));
    }
}
