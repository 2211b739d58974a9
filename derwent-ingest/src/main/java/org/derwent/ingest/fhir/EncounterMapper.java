package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Rejection;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;
import org.derwent.ingest.row.Subject;
import org.derwent.model.extract.FhirIds;
import org.derwent.model.extract.Setting;

/**
 * Encounter: care setting from {@code serviceType} (Derwent care-setting system) or else from {@code class}
 * (EMER = ae, IMP/ACUTE/NONAC/OBSENC = admitted, HH = community, AMB/VR and others = gp), period, provider,
 * admission method, clinician type ({@code participant[0].type}) and pseudonymous clinician
 * ({@code participant[0].individual}, see {@link #clinicianId}); service type from {@code type[0]} (text or code), else {@code serviceType.text};
 * {@code diagnosis[]} gives the rank of each diagnosis.
 */
final class EncounterMapper implements ResourceMapper {

    @Override
    public void map(JsonNode r, String id, Provenance at, Checks checks, RowSink sink) {
        Subject subject = Fhir.subject(r, checks);
        String settingCode = null;
        for (JsonNode st : r.path("serviceType").isArray() ? r.path("serviceType") : java.util.List.of(r.path("serviceType"))) {
            settingCode = settingCode != null ? settingCode : Fhir.codeIn(st, FhirIds.SETTING_SYSTEM);
        }
        String setting;
        if (settingCode != null) {
            final String sc = settingCode;
            setting = Setting.ofId(sc).map(Setting::id).orElseThrow(() -> new Rejection("serviceType", sc,
                    "unknown care setting (expected one of gp, ae, admitted, outpatient, community, mental_health, social_care)"));
        } else {
            setting = fromClass(r.path("class").path("code").asText(""));
        }
        LocalDate start = checks.date("period.start", r.path("period").path("start").asText(null), true);
        LocalDate end = checks.date("period.end", r.path("period").path("end").asText(null), false);
        if (end != null && end.isBefore(start)) {
            throw new Rejection("period.end", end.toString(), "end before start " + start);
        }
        String provider = Fhir.organisation(r.get("serviceProvider"));
        JsonNode am = Fhir.extension(r, FhirIds.EXT_ADMISSION_METHOD);
        String admission = am == null ? null : Fhir.codeIn(am.get("valueCodeableConcept"), FhirIds.ADMISSION_METHOD_SYSTEM);
        JsonNode participant = r.path("participant").path(0);
        String clinician = Fhir.codeIn(participant.path("type").path(0), FhirIds.CLINICIAN_TYPE_SYSTEM);
        String clinicianId = clinicianId(participant.path("individual"));
        JsonNode type = r.path("type").path(0);
        String serviceType = type.hasNonNull("text") ? type.get("text").asText()
                : type.path("coding").path(0).path("code").asText(null);
        if (serviceType == null) {
            JsonNode st = r.path("serviceType").isArray() ? r.path("serviceType").path(0) : r.path("serviceType");
            serviceType = st.path("text").asText(null);
        }
        sink.loaded(new Row.Encounter(id, subject, setting, provider, provider, start, end, admission, clinician,
                serviceType, clinicianId, at));
        for (JsonNode d : r.path("diagnosis")) {
            String conditionId = Fhir.refId(d, "condition");
            if (conditionId != null && d.path("rank").canConvertToInt()) {
                sink.derived(new Row.DiagnosisRank(conditionId, id, d.path("rank").asInt(), at));
            }
        }
    }

    /**
     * The pseudonymous clinician: {@code individual.identifier.value} in the Derwent clinician system, else the
     * reference of a {@code Practitioner} or {@code PractitionerRole} as written ({@code Practitioner/abc}).
     */
    static String clinicianId(JsonNode individual) {
        JsonNode identifier = individual.path("identifier");
        if (FhirIds.CLINICIAN_ID_SYSTEM.equals(identifier.path("system").asText(null))
                && !identifier.path("value").asText("").isBlank()) {
            return identifier.path("value").asText().trim();
        }
        String ref = individual.path("reference").asText("").trim();
        return ref.startsWith("Practitioner/") || ref.startsWith("PractitionerRole/") ? ref : null;
    }

    private static String fromClass(String code) {
        return switch (code) {
            case "EMER" -> Setting.AE.id();
            case "IMP", "ACUTE", "NONAC", "OBSENC", "SS" -> Setting.ADMITTED.id();
            case "HH" -> Setting.COMMUNITY.id();
            default -> Setting.GP.id();
        };
    }
}
