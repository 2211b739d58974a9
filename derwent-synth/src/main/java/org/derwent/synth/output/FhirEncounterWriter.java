package org.derwent.synth.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.derwent.model.extract.FhirIds;
import org.derwent.model.extract.Setting;

/**
 * The Encounter resource with its setting, class, period, provider, clinician type and pseudonymous clinician
 * ({@code participant[0].individual.identifier}) and diagnoses.
 */
final class FhirEncounterWriter {
    private FhirEncounterWriter() {
    }

    static String actClass(Setting s) {
        return switch (s) {
            case AE -> "EMER";
            case ADMITTED -> "IMP";
            case COMMUNITY, SOCIAL_CARE -> "HH";
            default -> "AMB";
        };
    }

    static void write(FhirSink sink, FhirSink.FhirEncounter e) throws IOException {
        JsonGenerator g = sink.start(FhirType.Encounter);
        FhirJson.id(g, e.pid, 'e', e.seq);
        if (e.admissionMethod != null) {
            g.writeArrayFieldStart("extension");
            g.writeStartObject();
            g.writeStringField("url", FhirIds.EXT_ADMISSION_METHOD);
            FhirJson.concept(g, "valueCodeableConcept", FhirIds.ADMISSION_METHOD_SYSTEM, e.admissionMethod);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeStringField("status", e.endDay == RecordSink.NONE ? "in-progress" : "finished");
        g.writeObjectFieldStart("class");
        g.writeStringField("system", FhirSink.ACT_CODE);
        g.writeStringField("code", actClass(e.setting));
        g.writeEndObject();
        g.writeObjectFieldStart("serviceType");
        g.writeArrayFieldStart("coding");
        FhirJson.coding(g, FhirIds.SETTING_SYSTEM, e.setting.id());
        g.writeEndArray();
        if (e.serviceType != null) {
            g.writeStringField("text", e.serviceType);
        }
        g.writeEndObject();
        FhirJson.reference(g, "subject", "Patient", e.pid);
        if (e.clinicianType != null || e.clinicianId != null) {
            g.writeArrayFieldStart("participant");
            g.writeStartObject();
            if (e.clinicianType != null) {
                g.writeArrayFieldStart("type");
                g.writeStartObject();
                g.writeArrayFieldStart("coding");
                FhirJson.coding(g, FhirIds.CLINICIAN_TYPE_SYSTEM, e.clinicianType);
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
            }
            if (e.clinicianId != null) {
                g.writeObjectFieldStart("individual");
                g.writeObjectFieldStart("identifier");
                g.writeStringField("system", FhirIds.CLINICIAN_ID_SYSTEM);
                g.writeStringField("value", e.clinicianId);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("period");
        g.writeStringField("start", DateText.text(e.startDay));
        if (e.endDay != RecordSink.NONE) {
            g.writeStringField("end", DateText.text(e.endDay));
        }
        g.writeEndObject();
        if (!e.diagnoses.isEmpty()) {
            g.writeArrayFieldStart("diagnosis");
            for (int[] d : e.diagnoses) {
                g.writeStartObject();
                g.writeObjectFieldStart("condition");
                g.writeStringField("reference", "Condition/" + FhirJson.ref(e.pid, 'd', d[0]));
                g.writeEndObject();
                g.writeNumberField("rank", d[1]);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        FhirJson.reference(g, "serviceProvider", "Organization", e.provider);
        FhirSink.end(g);
    }
}
