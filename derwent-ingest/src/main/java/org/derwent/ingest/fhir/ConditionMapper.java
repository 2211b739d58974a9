package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Coded;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Rejection;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;
import org.derwent.model.code.CodeSystem;

/**
 * Condition: an ICD-10 encounter-diagnosis becomes a {@code diagnosis} row of its encounter; every other
 * condition (SNOMED CT problem list, and Synthea's SNOMED encounter diagnoses) a {@code condition} row.
 */
final class ConditionMapper implements ResourceMapper {

    @Override
    public void map(JsonNode r, String id, Provenance at, Checks checks, RowSink sink) {
        Fhir.Code code = Fhir.code(r.get("code"), "code");
        Coded c = new Coded(id, Fhir.subject(r, checks), code.system(), code.code(), SourceOrg.of(r), at);
        String onsetText = r.hasNonNull("onsetDateTime") ? Fhir.text(r, "onsetDateTime", "onsetDateTime")
                : r.path("onsetPeriod").path("start").asText(Fhir.text(r, "recordedDate", "recordedDate"));
        LocalDate onset = checks.date("onsetDateTime", onsetText, true);
        if (code.system() == CodeSystem.ICD10 && isEncounterDiagnosis(r)) {
            sink.loaded(new Row.Diagnosis(c, Fhir.refId(r, "encounter"), null));
            return;
        }
        String abatement = r.hasNonNull("abatementDateTime") ? Fhir.text(r, "abatementDateTime", "abatementDateTime")
                : r.path("abatementPeriod").path("end").asText(null);
        LocalDate resolved = checks.date("abatementDateTime", abatement, false);
        if (resolved != null && resolved.isBefore(onset)) {
            throw new Rejection("abatementDateTime", abatement, "resolved before onset " + onset);
        }
        sink.loaded(new Row.Condition(c, onset, resolved));
    }

    private static boolean isEncounterDiagnosis(JsonNode r) {
        for (JsonNode cat : r.path("category")) {
            for (JsonNode coding : cat.path("coding")) {
                if ("encounter-diagnosis".equals(coding.path("code").asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
