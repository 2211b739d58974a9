package org.derwent.synth.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.derwent.model.code.CodeSystem;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.extract.FhirIds;

/** The Patient resource: NHS number, name, sex, dates, ethnic category, LSOA of residence and registration. */
final class FhirPatient {
    private FhirPatient() {
    }

    static void write(FhirSink sink, String pid, String nhsNumber, String given, String family, int birthDay, boolean female,
                      EthnicCategory ethnic, String postcode, String lsoa, String practice, int registrationDay, int deathDay)
            throws IOException {
        JsonGenerator g = sink.start(FhirType.Patient);
        g.writeStringField("id", pid);
        g.writeArrayFieldStart("extension");
        g.writeStartObject();
        g.writeStringField("url", FhirIds.EXT_ETHNIC_CATEGORY);
        g.writeObjectFieldStart("valueCodeableConcept");
        g.writeArrayFieldStart("coding");
        g.writeStartObject();
        g.writeStringField("system", CodeSystem.ETHNIC_CATEGORY.uri());
        g.writeStringField("code", ethnic.name());
        g.writeStringField("display", ethnic.display());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("url", FhirIds.EXT_REGISTRATION_PERIOD);
        g.writeObjectFieldStart("valuePeriod");
        g.writeStringField("start", DateText.text(registrationDay));
        if (deathDay != RecordSink.NONE) {
            g.writeStringField("end", DateText.text(deathDay));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("identifier");
        g.writeStartObject();
        g.writeStringField("system", FhirIds.NHS_NUMBER);
        g.writeStringField("value", nhsNumber);
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("name");
        g.writeStartObject();
        g.writeStringField("family", family);
        g.writeArrayFieldStart("given");
        g.writeString(given);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("gender", female ? "female" : "male");
        g.writeStringField("birthDate", DateText.text(birthDay));
        if (deathDay != RecordSink.NONE) {
            g.writeStringField("deceasedDateTime", DateText.text(deathDay));
        }
        g.writeArrayFieldStart("address");
        g.writeStartObject();
        g.writeArrayFieldStart("extension");
        g.writeStartObject();
        g.writeStringField("url", FhirIds.EXT_LSOA);
        g.writeObjectFieldStart("valueCoding");
        g.writeStringField("system", FhirIds.LSOA_SYSTEM);
        g.writeStringField("code", lsoa);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("postalCode", postcode);
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("generalPractitioner");
        g.writeStartObject();
        g.writeStringField("reference", "Organization/" + practice);
        g.writeObjectFieldStart("identifier");
        g.writeStringField("system", FhirIds.ODS_CODE);
        g.writeStringField("value", practice);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        FhirSink.end(g);
    }
}
