package org.derwent.synth.generate;

import org.derwent.model.code.CodeSystem;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.extract.Setting;
import org.derwent.synth.output.RecordSink;

/** Sends every record to two sinks (CSV and FHIR together). */
final class TeeSink implements RecordSink {
    private final RecordSink a;
    private final RecordSink b;

    TeeSink(RecordSink a, RecordSink b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public void patient(String pid, String nhsNumber, String given, String family, int birthDay, boolean female, EthnicCategory ethnic,
                        String postcode, String lsoa, String practice, int registrationDay, int deathDay) {
        a.patient(pid, nhsNumber, given, family, birthDay, female, ethnic, postcode, lsoa, practice, registrationDay, deathDay);
        b.patient(pid, nhsNumber, given, family, birthDay, female, ethnic, postcode, lsoa, practice, registrationDay, deathDay);
    }

    @Override
    public void registration(String pid, String practice, int startDay, int endDay) {
        a.registration(pid, practice, startDay, endDay);
        b.registration(pid, practice, startDay, endDay);
    }

    @Override
    public void condition(String pid, int seq, CodeSystem system, String code, int onsetDay, int resolvedDay, String org) {
        a.condition(pid, seq, system, code, onsetDay, resolvedDay, org);
        b.condition(pid, seq, system, code, onsetDay, resolvedDay, org);
    }

    @Override
    public void observation(String pid, int seq, CodeSystem system, String code, int day, double value, int places, String unit, String org) {
        a.observation(pid, seq, system, code, day, value, places, unit, org);
        b.observation(pid, seq, system, code, day, value, places, unit, org);
    }

    @Override
    public void medication(String pid, int seq, CodeSystem system, String code, int issueDay, int quantity, int durationDays,
                           boolean repeat, String org) {
        a.medication(pid, seq, system, code, issueDay, quantity, durationDays, repeat, org);
        b.medication(pid, seq, system, code, issueDay, quantity, durationDays, repeat, org);
    }

    @Override
    public void encounter(String pid, int seq, Setting setting, String provider, int startDay, int endDay, String admissionMethod,
                          String clinicianType, String serviceType, String clinicianId) {
        a.encounter(pid, seq, setting, provider, startDay, endDay, admissionMethod, clinicianType, serviceType, clinicianId);
        b.encounter(pid, seq, setting, provider, startDay, endDay, admissionMethod, clinicianType, serviceType, clinicianId);
    }

    @Override
    public void diagnosis(String pid, int seq, int encounterSeq, int position, CodeSystem system, String code, int day) {
        a.diagnosis(pid, seq, encounterSeq, position, system, code, day);
        b.diagnosis(pid, seq, encounterSeq, position, system, code, day);
    }

    @Override
    public void procedure(String pid, int seq, int encounterSeq, CodeSystem system, String code, int day, String org) {
        a.procedure(pid, seq, encounterSeq, system, code, day, org);
        b.procedure(pid, seq, encounterSeq, system, code, day, org);
    }

    @Override
    public void referral(String pid, int seq, CodeSystem system, String code, int day, String service, String org) {
        a.referral(pid, seq, system, code, day, service, org);
        b.referral(pid, seq, system, code, day, service, org);
    }

    @Override
    public void endPatient() {
        a.endPatient();
        b.endPatient();
    }
}
