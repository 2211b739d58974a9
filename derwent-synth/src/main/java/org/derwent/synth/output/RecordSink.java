package org.derwent.synth.output;

import org.derwent.model.code.CodeSystem;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.extract.Setting;

/**
 * Receives generated records, one patient at a time and in a fixed order. Record ids are built from the patient
 * id, a kind letter and a per-patient sequence number ({@code p12-c3}). Dates are epoch days; {@link #NONE}
 * marks an absent day or number (never a real date: epoch day -1 is 1969-12-31, a valid birth date), {@code NaN}
 * an absent value.
 */
public interface RecordSink {
    int NONE = Integer.MIN_VALUE;

    void patient(String pid, String nhsNumber, String given, String family, int birthDay, boolean female,
                 EthnicCategory ethnic, String postcode, String lsoa, String practice, int registrationDay, int deathDay);

    void registration(String pid, String practice, int startDay, int endDay);

    void condition(String pid, int seq, CodeSystem system, String code, int onsetDay, int resolvedDay, String org);

    void observation(String pid, int seq, CodeSystem system, String code, int day, double value, int places, String unit, String org);

    void medication(String pid, int seq, CodeSystem system, String code, int issueDay, int quantity, int durationDays,
                    boolean repeat, String org);

    /**
     * An encounter; its hospital diagnoses follow as {@link #diagnosis} calls before the next encounter.
     * {@code clinicianId} is the pseudonymous clinician of a GP appointment, else null.
     */
    void encounter(String pid, int seq, Setting setting, String provider, int startDay, int endDay, String admissionMethod,
                   String clinicianType, String serviceType, String clinicianId);

    /** An encounter without a clinician id. */
    default void encounter(String pid, int seq, Setting setting, String provider, int startDay, int endDay,
                           String admissionMethod, String clinicianType, String serviceType) {
        encounter(pid, seq, setting, provider, startDay, endDay, admissionMethod, clinicianType, serviceType, null);
    }

    void diagnosis(String pid, int seq, int encounterSeq, int position, CodeSystem system, String code, int day);

    /** A procedure; {@code encounterSeq} is {@link #NONE} for primary-care procedures. */
    void procedure(String pid, int seq, int encounterSeq, CodeSystem system, String code, int day, String org);

    void referral(String pid, int seq, CodeSystem system, String code, int day, String service, String org);

    /** Called after the last record of a patient. */
    void endPatient();
}
