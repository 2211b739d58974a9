package org.derwent.synth.record;

import static org.derwent.synth.health.Register.*;

import java.util.SplittableRandom;
import org.derwent.model.extract.Setting;
import org.derwent.synth.output.RecordSink;

/**
 * Contacts outside hospital over the three years before the extract date, at constant yearly rates: GP
 * appointments ({@link GpAppointments}), community, mental-health and social-care contacts. Rates rise with age,
 * multimorbidity, frailty, deprivation and the latent ill-health factor; hospital activity is in
 * {@link HospitalActivity}.
 */
final class ActivityHistory {
    /** Look-back of hospital, community, mental-health and social-care activity: three years. */
    static final int ACTIVITY_DAYS = 365 * 3;
    /** {@link #ACTIVITY_DAYS} in years. */
    static final int ACTIVITY_YEARS = 3;
    private final Providers providers;
    private final HospitalActivity hospital;
    private final GpAppointments gp;

    ActivityHistory(Providers providers, HospitalActivity hospital, PracticeTeams teams) {
        this.providers = providers;
        this.hospital = hospital;
        this.gp = new GpAppointments(teams);
    }

    /** Relative need for care: age, conditions, frailty, deprivation and latent health. */
    static double need(Person p) {
        return Math.exp(0.012 * (p.age - 40) + 0.16 * p.ncond + 0.25 * p.frailty + 0.08 * p.dep10 + 0.22 * p.h);
    }

    void write(Person p, RecordSink sink) {
        gp.write(p, sink);
        hospital.write(p, sink);
        community(p, sink);
        mentalHealth(p, sink);
        socialCare(p, sink);
    }

    private void community(Person p, RecordSink sink) {
        String provider = providers.community();
        if (provider == null) {
            return;
        }
        SplittableRandom rng = p.rng;
        double rate = 0.08 * Math.exp(0.05 * Math.max(0, p.age - 60) + 0.7 * p.frailty + 0.15 * p.ncond);
        int n = Math.min(45, Draw.poisson(rng, rate * ACTIVITY_YEARS * p.exposure(ACTIVITY_DAYS)));
        for (int d : Draw.days(rng, n, p.since(p.endDay - ACTIVITY_DAYS), p.endDay - 1)) {
            String service = p.has(DM) && rng.nextInt(3) == 0 ? "podiatry"
                    : p.frailty >= 2 || p.age >= 80 ? "district nursing" : rng.nextBoolean() ? "physiotherapy" : "community nursing";
            sink.encounter(p.pid, ++p.seqE, Setting.COMMUNITY, provider, d, d, null, null, service);
        }
    }

    private void mentalHealth(Person p, RecordSink sink) {
        String provider = providers.mentalHealth();
        if (provider == null) {
            return;
        }
        SplittableRandom rng = p.rng;
        double rate = p.has(MH) ? 5 : p.has(DEM) ? 1 : p.has(LD) ? 0.5 : p.has(DEP) ? 0.4 : 0.01;
        int n = Math.min(45, Draw.poisson(rng, rate * ACTIVITY_YEARS * p.exposure(ACTIVITY_DAYS)));
        String service = p.has(MH) ? "community mental health team" : p.has(DEM) ? "memory assessment service"
                : p.has(LD) ? "learning disability team" : "talking therapies";
        for (int d : Draw.days(rng, n, p.since(p.endDay - ACTIVITY_DAYS), p.endDay - 1)) {
            sink.encounter(p.pid, ++p.seqE, Setting.MENTAL_HEALTH, provider, d, d, null, null, service);
        }
    }

    private void socialCare(Person p, RecordSink sink) {
        String provider = providers.socialCare(p.district);
        if (provider == null) {
            return;
        }
        SplittableRandom rng = p.rng;
        double chance = p.has(LD) && p.age >= 18 ? 0.25 : p.frailty == 3 ? 0.35 : p.frailty == 2 ? 0.12 : p.has(PC) ? 0.3
                : p.age >= 75 ? 0.02 : 0;
        // the chance of a care episode starting within two years, kept per year over the three-year window
        if (!Draw.chance(rng, Math.min(1, chance * ACTIVITY_YEARS / 2.0))) {
            return;
        }
        int start = Draw.day(rng, p.since(p.endDay - ACTIVITY_DAYS), p.endDay - 30);
        boolean ongoing = Draw.chance(rng, 0.6);
        int end = ongoing && p.alive ? RecordSink.NONE : Math.min(p.endDay, start + 30 + rng.nextInt(300));
        double u = rng.nextDouble();
        String service = p.has(LD) && p.age < 65 ? "supported living" : u < 0.55 ? "home care" : u < 0.7 ? "reablement"
                : u < 0.88 ? "residential care" : "nursing care";
        sink.encounter(p.pid, ++p.seqE, Setting.SOCIAL_CARE, provider, start, end, null, null, service);
    }
}
