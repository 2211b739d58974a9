package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Coded;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Rejection;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;

/** Observation: code, effective date, {@code valueQuantity} value and unit (no value for coded findings). */
final class ObservationMapper implements ResourceMapper {

    @Override
    public void map(JsonNode r, String id, Provenance at, Checks checks, RowSink sink) {
        Fhir.Code code = Fhir.code(r.get("code"), "code");
        Coded c = new Coded(id, Fhir.subject(r, checks), code.system(), code.code(), SourceOrg.of(r), at);
        String when = r.hasNonNull("effectiveDateTime") ? Fhir.text(r, "effectiveDateTime", "effectiveDateTime")
                : r.hasNonNull("effectivePeriod") ? r.path("effectivePeriod").path("start").asText(null)
                : r.hasNonNull("effectiveInstant") ? Fhir.text(r, "effectiveInstant", "effectiveInstant")
                : Fhir.text(r, "issued", "issued");
        Double value = null;
        String unit = null;
        JsonNode q = r.get("valueQuantity");
        if (q != null && !q.isNull()) {
            if (!q.isObject()) {
                throw new Rejection("valueQuantity", q.toString(), "wrong value type: expected a Quantity");
            }
            value = Fhir.number(q, "value", "valueQuantity.value");
            unit = q.hasNonNull("unit") ? q.get("unit").asText() : q.path("code").asText(null);
        }
        sink.loaded(new Row.Observation(c, checks.date("effectiveDateTime", when, true), value, unit));
    }
}
