package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.derwent.ingest.row.Rejection;
import org.derwent.model.code.CodeSystem;

/**
 * What an Observation (or one of its components) stores: code system, code, value and unit, after the LOINC map.
 * A LOINC code in the map becomes its SNOMED CT concept with the value converted to the store unit; a LOINC code
 * outside the map, or with a unit the map does not know, stays LOINC with the value and unit as sent.
 */
record Measured(CodeSystem system, String code, Double value, String unit) {

    /**
     * Reads {@code valueQuantity} (at {@code path}) of {@code node} and applies the map to {@code code}; a question
     * code mapped by its answer (smoking status) takes the SNOMED CT coding of {@code valueCodeableConcept}.
     */
    static Measured of(Fhir.Code code, JsonNode node, String path, LoincMap map) {
        Double value = null;
        String unit = null;
        String ucum = null;
        JsonNode q = node.get("valueQuantity");
        if (q != null && !q.isNull()) {
            if (!q.isObject()) {
                throw new Rejection(path, q.toString(), "wrong value type: expected a Quantity");
            }
            value = Fhir.number(q, "value", path + ".value");
            unit = q.hasNonNull("unit") ? q.get("unit").asText() : q.path("code").asText(null);
            ucum = q.path("code").asText(null);
        }
        Measured sent = new Measured(code.system(), code.code(), value, unit);
        LoincMap.Entry e = code.system() == CodeSystem.LOINC ? map.get(code.code()).orElse(null) : null;
        if (e == null) {
            return sent;
        }
        if (e.target() == LoincMap.Target.VALUE) {
            return answer(node.get("valueCodeableConcept"), sent);
        }
        if (value == null) {
            return new Measured(CodeSystem.SNOMED, e.snomed(), null, e.unit());
        }
        return e.convert(value, ucum, unit).map(v -> new Measured(CodeSystem.SNOMED, e.snomed(), v, e.unit())).orElse(sent);
    }

    private static Measured answer(JsonNode concept, Measured sent) {
        String finding = Fhir.codeIn(concept, CodeSystem.SNOMED.uri());
        return finding == null || finding.isBlank() ? sent : new Measured(CodeSystem.SNOMED, finding.trim(), null, null);
    }
}
