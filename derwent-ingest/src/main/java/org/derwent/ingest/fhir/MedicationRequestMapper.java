package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Coded;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Rejection;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;

/** MedicationRequest, one per issue: dm+d code, authoredOn, quantity, supply duration, repeat or acute. */
final class MedicationRequestMapper implements ResourceMapper {

    @Override
    public void map(JsonNode r, String id, Provenance at, Checks checks, RowSink sink) {
        if (!r.hasNonNull("medicationCodeableConcept") && r.hasNonNull("medicationReference")) {
            throw new Rejection("medicationReference", r.get("medicationReference").path("reference").asText(""),
                    "medicationReference is not supported: Derwent needs medicationCodeableConcept");
        }
        Fhir.Code code = Fhir.code(r.get("medicationCodeableConcept"), "medicationCodeableConcept");
        Coded c = new Coded(id, Fhir.subject(r, checks), code.system(), code.code(), SourceOrg.of(r), at);
        JsonNode dispense = r.path("dispenseRequest");
        Double quantity = dispense.has("quantity") ? Fhir.number(dispense.get("quantity"), "value",
                "dispenseRequest.quantity.value") : null;
        Integer days = null;
        JsonNode supply = dispense.get("expectedSupplyDuration");
        if (supply != null && supply.isObject()) {
            Double v = Fhir.number(supply, "value", "dispenseRequest.expectedSupplyDuration.value");
            if (v != null) {
                days = (int) Math.round(v * switch (supply.path("code").asText(supply.path("unit").asText("d"))) {
                    case "wk", "week", "weeks" -> 7.0;
                    case "mo", "month", "months" -> 30.0;
                    default -> 1.0;
                });
            }
        }
        String course = Fhir.codeIn(r.get("courseOfTherapyType"),
                "http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy");
        Boolean repeat = course == null ? null : "continuous".equals(course);
        sink.loaded(new Row.Medication(c, checks.date("authoredOn", Fhir.text(r, "authoredOn", "authoredOn"), true),
                quantity, days, repeat));
    }
}
