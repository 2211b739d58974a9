package org.derwent.synth.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.derwent.model.code.CodeSystem;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.extract.Setting;

/**
 * Writes records as FHIR R4 resources, one JSON object per line, into one buffer per resource type, following
 * docs/fhir-profile.md. Encounters are held until their diagnoses have arrived.
 */
public final class FhirSink implements RecordSink {
    static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String COURSE = "http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy";
    static final String UCUM = "http://unitsofmeasure.org";

    private final Map<FhirType, Bytes> out = new EnumMap<>(FhirType.class);
    private final Map<FhirType, JsonGenerator> gen = new EnumMap<>(FhirType.class);
    private final long[] counts = new long[FhirType.values().length];
    private final FhirEncounter pending = new FhirEncounter();

    /** Buffers sized for about {@code patients} patients (they grow when needed). */
    public FhirSink(int patients) {
        for (FhirType t : FhirType.values()) {
            int perPatient = switch (t) {
                case Observation -> 6000;
                case Encounter -> 5000;
                case MedicationRequest -> 2000;
                case Patient -> 900;
                case Organization -> 0;
                default -> 400;
            };
            Bytes b = new Bytes(Math.max(1 << 12, patients * perPatient));
            out.put(t, b);
            gen.put(t, FhirJson.generator(b));
        }
    }

    /** The buffered NDJSON of a resource type (flushes the generator first). */
    public Bytes buffer(FhirType t) {
        try {
            flushPending();
            gen.get(t).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.get(t);
    }

    public long count(FhirType t) {
        return counts[t.ordinal()];
    }

    JsonGenerator start(FhirType t) throws IOException {
        counts[t.ordinal()]++;
        JsonGenerator g = gen.get(t);
        g.writeStartObject();
        g.writeStringField("resourceType", t.name());
        return g;
    }

    static void end(JsonGenerator g) throws IOException {
        g.writeEndObject();
        g.writeRaw('\n');
    }

    @Override
    public void patient(String pid, String nhsNumber, String given, String family, int birthDay, boolean female,
                        EthnicCategory ethnic, String postcode, String lsoa, String practice, int registrationDay, int deathDay) {
        run(() -> FhirPatient.write(this, pid, nhsNumber, given, family, birthDay, female, ethnic, postcode, lsoa, practice,
                registrationDay, deathDay));
    }

    @Override
    public void registration(String pid, String practice, int startDay, int endDay) {
        // FHIR carries the current registration on Patient; the history is in the CSV extract only.
    }

    @Override
    public void condition(String pid, int seq, CodeSystem system, String code, int onsetDay, int resolvedDay, String org) {
        run(() -> {
            JsonGenerator g = start(FhirType.Condition);
            FhirJson.id(g, pid, 'c', seq);
            FhirJson.concept(g, "clinicalStatus", CLINICAL, resolvedDay == NONE ? "active" : "resolved");
            FhirJson.concept(g, "verificationStatus", VERIFICATION, "confirmed");
            g.writeArrayFieldStart("category");
            g.writeStartObject();
            g.writeArrayFieldStart("coding");
            FhirJson.coding(g, CATEGORY, "problem-list-item");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            FhirJson.concept(g, "code", system.uri(), code);
            FhirJson.reference(g, "subject", "Patient", pid);
            g.writeStringField("onsetDateTime", DateText.text(onsetDay));
            if (resolvedDay != NONE) {
                g.writeStringField("abatementDateTime", DateText.text(resolvedDay));
            }
            g.writeStringField("recordedDate", DateText.text(onsetDay));
            end(g);
        });
    }

    @Override
    public void observation(String pid, int seq, CodeSystem system, String code, int day, double value, int places, String unit, String org) {
        run(() -> {
            JsonGenerator g = start(FhirType.Observation);
            FhirJson.id(g, pid, 'o', seq);
            g.writeStringField("status", "final");
            FhirJson.concept(g, "code", system.uri(), code);
            FhirJson.reference(g, "subject", "Patient", pid);
            g.writeStringField("effectiveDateTime", DateText.text(day));
            g.writeArrayFieldStart("performer");
            g.writeStartObject();
            g.writeStringField("reference", "Organization/" + org);
            g.writeEndObject();
            g.writeEndArray();
            if (!Double.isNaN(value)) {
                g.writeObjectFieldStart("valueQuantity");
                double scale = Math.pow(10, places);
                g.writeNumberField("value", java.math.BigDecimal.valueOf(Math.round(value * scale), places));
                if (unit != null && !unit.isEmpty()) {
                    g.writeStringField("unit", unit);
                    g.writeStringField("system", UCUM);
                    g.writeStringField("code", unit);
                }
                g.writeEndObject();
            }
            end(g);
        });
    }

    @Override
    public void medication(String pid, int seq, CodeSystem system, String code, int issueDay, int quantity, int durationDays,
                           boolean repeat, String org) {
        run(() -> {
            JsonGenerator g = start(FhirType.MedicationRequest);
            FhirJson.id(g, pid, 'm', seq);
            g.writeStringField("status", "completed");
            g.writeStringField("intent", "order");
            FhirJson.concept(g, "courseOfTherapyType", COURSE, repeat ? "continuous" : "acute");
            FhirJson.concept(g, "medicationCodeableConcept", system.uri(), code);
            FhirJson.reference(g, "subject", "Patient", pid);
            g.writeStringField("authoredOn", DateText.text(issueDay));
            FhirJson.reference(g, "requester", "Organization", org);
            g.writeObjectFieldStart("dispenseRequest");
            g.writeObjectFieldStart("quantity");
            g.writeNumberField("value", quantity);
            g.writeEndObject();
            g.writeObjectFieldStart("expectedSupplyDuration");
            g.writeNumberField("value", durationDays);
            g.writeStringField("unit", "days");
            g.writeStringField("system", UCUM);
            g.writeStringField("code", "d");
            g.writeEndObject();
            g.writeEndObject();
            end(g);
        });
    }

    @Override
    public void encounter(String pid, int seq, Setting setting, String provider, int startDay, int endDay, String admissionMethod,
                          String clinicianType, String serviceType, String clinicianId) {
        run(() -> {
            flushPending();
            pending.set(pid, seq, setting, provider, startDay, endDay, admissionMethod, clinicianType, serviceType,
                    clinicianId);
        });
    }

    @Override
    public void diagnosis(String pid, int seq, int encounterSeq, int position, CodeSystem system, String code, int day) {
        run(() -> {
            pending.diagnoses.add(new int[] {seq, position});
            JsonGenerator g = start(FhirType.Condition);
            FhirJson.id(g, pid, 'd', seq);
            FhirJson.concept(g, "verificationStatus", VERIFICATION, "confirmed");
            g.writeArrayFieldStart("category");
            g.writeStartObject();
            g.writeArrayFieldStart("coding");
            FhirJson.coding(g, CATEGORY, "encounter-diagnosis");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            FhirJson.concept(g, "code", system.uri(), code);
            FhirJson.reference(g, "subject", "Patient", pid);
            g.writeObjectFieldStart("encounter");
            g.writeStringField("reference", "Encounter/" + FhirJson.ref(pid, 'e', encounterSeq));
            g.writeEndObject();
            g.writeStringField("recordedDate", DateText.text(day));
            end(g);
        });
    }

    @Override
    public void procedure(String pid, int seq, int encounterSeq, CodeSystem system, String code, int day, String org) {
        run(() -> {
            JsonGenerator g = start(FhirType.Procedure);
            FhirJson.id(g, pid, 'x', seq);
            g.writeStringField("status", "completed");
            FhirJson.concept(g, "code", system.uri(), code);
            FhirJson.reference(g, "subject", "Patient", pid);
            if (encounterSeq != NONE) {
                g.writeObjectFieldStart("encounter");
                g.writeStringField("reference", "Encounter/" + FhirJson.ref(pid, 'e', encounterSeq));
                g.writeEndObject();
            }
            g.writeStringField("performedDateTime", DateText.text(day));
            g.writeArrayFieldStart("performer");
            g.writeStartObject();
            FhirJson.reference(g, "actor", "Organization", org);
            g.writeEndObject();
            g.writeEndArray();
            end(g);
        });
    }

    @Override
    public void referral(String pid, int seq, CodeSystem system, String code, int day, String service, String org) {
        run(() -> {
            JsonGenerator g = start(FhirType.ServiceRequest);
            FhirJson.id(g, pid, 'r', seq);
            g.writeStringField("status", "completed");
            g.writeStringField("intent", "order");
            g.writeArrayFieldStart("category");
            g.writeStartObject();
            g.writeStringField("text", service);
            g.writeEndObject();
            g.writeEndArray();
            FhirJson.concept(g, "code", system.uri(), code);
            FhirJson.reference(g, "subject", "Patient", pid);
            g.writeStringField("authoredOn", DateText.text(day));
            FhirJson.reference(g, "requester", "Organization", org);
            end(g);
        });
    }

    @Override
    public void endPatient() {
        run(this::flushPending);
    }

    private void flushPending() throws IOException {
        if (pending.pid != null) {
            FhirEncounterWriter.write(this, pending);
            pending.clear();
        }
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void run(Io io) {
        try {
            io.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An encounter waiting for its diagnoses. */
    static final class FhirEncounter {
        String pid;
        int seq;
        Setting setting;
        String provider;
        int startDay;
        int endDay;
        String admissionMethod;
        String clinicianType;
        String serviceType;
        String clinicianId;
        final List<int[]> diagnoses = new ArrayList<>();

        void set(String pid, int seq, Setting setting, String provider, int startDay, int endDay, String admissionMethod,
                 String clinicianType, String serviceType, String clinicianId) {
            this.pid = pid;
            this.seq = seq;
            this.setting = setting;
            this.provider = provider;
            this.startDay = startDay;
            this.endDay = endDay;
            this.admissionMethod = admissionMethod;
            this.clinicianType = clinicianType;
            this.serviceType = serviceType;
            this.clinicianId = clinicianId;
        }

        void clear() {
            pid = null;
            diagnoses.clear();
        }
    }
}
