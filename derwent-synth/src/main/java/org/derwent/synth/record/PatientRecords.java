package org.derwent.synth.record;

import java.util.SplittableRandom;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.code.NhsNumber;
import org.derwent.synth.Seeds;
import org.derwent.synth.codes.Catalogue;
import org.derwent.synth.demography.Names;
import org.derwent.synth.health.Cohort;
import org.derwent.synth.output.RecordSink;

/**
 * Writes every record of one patient, in a fixed order: patient, registrations, conditions, observations,
 * medicines, prevention, activity. All randomness comes from the patient's own stream (run seed + global
 * patient index), so a patient's records do not depend on which thread writes them or on other patients.
 */
public final class PatientRecords {
    public static final long RECORD_STREAM = 3;
    /** Share of patients (aged 2+) who moved from another practice within the window. */
    static final double TRANSFER_SHARE = 0.08;
    private final long seed;
    private final int extractDay;
    private final ConditionHistory conditions;
    private final ObservationHistory observations;
    private final MedicationPlan medicationPlan;
    private final MedicationHistory medications = new MedicationHistory();
    private final PreventionHistory prevention;
    private final ActivityHistory activity;
    private final Person p = new Person();

    public PatientRecords(long seed, int extractDay, Catalogue catalogue, ConditionCodes codes, Providers providers,
                          PracticeTeams teams) {
        this.seed = seed;
        this.extractDay = extractDay;
        this.conditions = new ConditionHistory(codes);
        this.observations = new ObservationHistory(catalogue);
        this.medicationPlan = new MedicationPlan(catalogue.meds);
        this.prevention = new PreventionHistory(catalogue);
        this.activity = new ActivityHistory(providers, new HospitalActivity(providers, catalogue.hospital), teams);
    }

    public void write(PracticeContext ctx, Cohort c, int i, boolean raisedBp, RecordSink sink) {
        long index = c.index(i);
        SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, RECORD_STREAM, index));
        p.reset();
        p.rng = rng;
        p.pid = "p" + index;
        p.practice = ctx.practice().code();
        p.district = ctx.practice().districtCode();
        p.age = c.age[i];
        p.female = c.female[i];
        p.h = c.latent[i];
        p.imd = c.imd[i];
        p.dep10 = (p.imd - 20) / 10;
        p.mask = c.registers[i];
        p.alive = c.deathDay[i] < 0;
        p.endDay = p.alive ? extractDay : c.deathDay[i];
        p.raisedBp = raisedBp;
        p.birthDay = birthDay(rng, p.endDay, p.age);
        int registered = registration(ctx, rng);
        ClinicalPlan.decide(p);
        medicationPlan.decide(p);
        sink.patient(p.pid, NhsNumber.synthetic(index), Names.given(rng, p.female), Names.family(rng), p.birthDay, p.female,
                EthnicCategory.values()[c.ethnic[i]], ctx.postcode(), ctx.districtLsoas().get(c.lsoa[i]).code(), p.practice,
                registered, p.alive ? RecordSink.NONE : p.endDay);
        p.registeredSince = registered;
        if (p.previousPractice != null) {
            int prevStart = Math.max(p.birthDay, p.transferDay - 365 - rng.nextInt(365 * 10));
            sink.registration(p.pid, p.previousPractice, prevStart, p.transferDay);
            p.registeredSince = prevStart;
        }
        sink.registration(p.pid, p.practice, registered, p.alive ? RecordSink.NONE : p.endDay);
        conditions.write(p, sink);
        observations.write(p, sink);
        medications.write(p, sink);
        prevention.write(p, sink);
        activity.write(p, sink);
        sink.endPatient();
    }

    /** A birth date giving exactly {@code age} completed years on {@code onDay}. */
    static int birthDay(SplittableRandom rng, int onDay, int age) {
        java.time.LocalDate on = java.time.LocalDate.ofEpochDay(onDay);
        int latest = (int) on.minusYears(age).toEpochDay();
        int earliest = (int) on.minusYears(age + 1L).toEpochDay() + 1;
        return Draw.day(rng, earliest, latest);
    }

    /** Current registration start; some patients transferred in from another practice during the last 5 years. */
    private int registration(PracticeContext ctx, SplittableRandom rng) {
        int windowStart = extractDay - 365 * 5;
        if (p.age >= 2 && !ctx.transferSources().isEmpty() && Draw.chance(rng, TRANSFER_SHARE)) {
            p.previousPractice = ctx.transferSources().get(rng.nextInt(Math.min(ctx.transferSources().size(), 12)));
            p.transferDay = Draw.day(rng, Math.max(windowStart, p.birthDay + 365), p.endDay - 30);
            return p.transferDay;
        }
        if (p.age < 5) {
            return p.birthDay;
        }
        return Math.max(p.birthDay, windowStart - (int) (-Math.log(1 - rng.nextDouble()) * 365 * 10));
    }
}
