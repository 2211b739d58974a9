package org.derwent.synth.output;

import java.util.EnumMap;
import java.util.Map;
import org.derwent.model.code.CodeSystem;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.extract.ExtractTable;
import org.derwent.model.extract.Setting;

/**
 * Writes records as rows of the CSV flat extract ({@link ExtractTable}, docs/csv-extract.md) into one buffer per
 * table. Values never contain commas, quotes or line breaks, so no field needs quoting.
 */
public final class CsvSink implements RecordSink {
    private final Map<ExtractTable, Bytes> out = new EnumMap<>(ExtractTable.class);
    private final long[] rows = new long[ExtractTable.values().length];

    /** Buffers sized for about {@code patients} patients (they grow when needed). */
    public CsvSink(int patients) {
        for (ExtractTable t : ExtractTable.values()) {
            int perPatient = switch (t) {
                case OBSERVATIONS -> 900;
                case ENCOUNTERS -> 700;
                case MEDICATIONS -> 300;
                case DIAGNOSES, PROCEDURES -> 80;
                default -> 110;
            };
            out.put(t, new Bytes(Math.max(1 << 12, patients * perPatient)));
        }
    }

    public Bytes buffer(ExtractTable t) {
        return out.get(t);
    }

    public long rows(ExtractTable t) {
        return rows[t.ordinal()];
    }

    private Bytes row(ExtractTable t) {
        rows[t.ordinal()]++;
        return out.get(t);
    }

    private static void id(Bytes b, String pid, char kind, int seq) {
        b.add(pid).add('-').add(kind).add(seq);
    }

    private static void day(Bytes b, int day) {
        if (day != NONE) {
            b.add(DateText.bytes(day));
        }
    }

    @Override
    public void patient(String pid, String nhsNumber, String given, String family, int birthDay, boolean female,
                        EthnicCategory ethnic, String postcode, String lsoa, String practice, int registrationDay, int deathDay) {
        Bytes b = row(ExtractTable.PATIENTS);
        b.add(pid).add(',').add(nhsNumber).add(',').add(given).add(',').add(family).add(',');
        day(b, birthDay);
        b.add(',').add(female ? "F" : "M").add(',').add(ethnic.name()).add(',').add(postcode).add(',').add(lsoa).add(',')
                .add(practice).add(',');
        day(b, registrationDay);
        b.add(',');
        day(b, deathDay);
        b.add('\n');
    }

    @Override
    public void registration(String pid, String practice, int startDay, int endDay) {
        Bytes b = row(ExtractTable.REGISTRATIONS);
        b.add(pid).add(',').add(practice).add(',');
        day(b, startDay);
        b.add(',');
        day(b, endDay);
        b.add('\n');
    }

    @Override
    public void condition(String pid, int seq, CodeSystem system, String code, int onsetDay, int resolvedDay, String org) {
        Bytes b = row(ExtractTable.CONDITIONS);
        id(b, pid, 'c', seq);
        b.add(',').add(pid).add(',').add(system.id()).add(',').add(code).add(',');
        day(b, onsetDay);
        b.add(',');
        day(b, resolvedDay);
        b.add(',').add(org).add('\n');
    }

    @Override
    public void observation(String pid, int seq, CodeSystem system, String code, int day, double value, int places, String unit, String org) {
        Bytes b = row(ExtractTable.OBSERVATIONS);
        id(b, pid, 'o', seq);
        b.add(',').add(pid).add(',').add(system.id()).add(',').add(code).add(',');
        day(b, day);
        b.add(',');
        if (!Double.isNaN(value)) {
            b.add(value, places);
        }
        b.add(',').add(unit == null ? "" : unit).add(',').add(org).add('\n');
    }

    @Override
    public void medication(String pid, int seq, CodeSystem system, String code, int issueDay, int quantity, int durationDays,
                           boolean repeat, String org) {
        Bytes b = row(ExtractTable.MEDICATIONS);
        id(b, pid, 'm', seq);
        b.add(',').add(pid).add(',').add(system.id()).add(',').add(code).add(',');
        day(b, issueDay);
        b.add(',').add(quantity).add(',').add(durationDays).add(',').add(repeat ? "true" : "false").add(',').add(org).add('\n');
    }

    @Override
    public void encounter(String pid, int seq, Setting setting, String provider, int startDay, int endDay, String admissionMethod,
                          String clinicianType, String serviceType, String clinicianId) {
        Bytes b = row(ExtractTable.ENCOUNTERS);
        id(b, pid, 'e', seq);
        b.add(',').add(pid).add(',').add(setting.id()).add(',').add(provider).add(',');
        day(b, startDay);
        b.add(',');
        day(b, endDay);
        b.add(',').add(admissionMethod == null ? "" : admissionMethod).add(',').add(clinicianType == null ? "" : clinicianType)
                .add(',').add(serviceType == null ? "" : serviceType).add(',').add(clinicianId == null ? "" : clinicianId)
                .add('\n');
    }

    @Override
    public void diagnosis(String pid, int seq, int encounterSeq, int position, CodeSystem system, String code, int day) {
        Bytes b = row(ExtractTable.DIAGNOSES);
        id(b, pid, 'd', seq);
        b.add(',');
        id(b, pid, 'e', encounterSeq);
        b.add(',').add(pid).add(',').add(position).add(',').add(system.id()).add(',').add(code).add('\n');
    }

    @Override
    public void procedure(String pid, int seq, int encounterSeq, CodeSystem system, String code, int day, String org) {
        Bytes b = row(ExtractTable.PROCEDURES);
        id(b, pid, 'x', seq);
        b.add(',').add(pid).add(',');
        if (encounterSeq != NONE) {
            id(b, pid, 'e', encounterSeq);
        }
        b.add(',').add(system.id()).add(',').add(code).add(',');
        day(b, day);
        b.add(',').add(org).add('\n');
    }

    @Override
    public void referral(String pid, int seq, CodeSystem system, String code, int day, String service, String org) {
        Bytes b = row(ExtractTable.REFERRALS);
        id(b, pid, 'r', seq);
        b.add(',').add(pid).add(',').add(system.id()).add(',').add(code).add(',');
        day(b, day);
        b.add(',').add(service).add(',').add(org).add('\n');
    }

    @Override
    public void endPatient() {
    }
}
