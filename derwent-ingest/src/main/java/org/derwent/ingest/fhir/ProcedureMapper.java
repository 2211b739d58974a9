package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Coded;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;

/** Procedure: OPCS-4 or SNOMED CT code, performed date, encounter. */
final class ProcedureMapper implements ResourceMapper {

    @Override
    public void map(JsonNode r, String id, Provenance at, Checks checks, RowSink sink) {
        Fhir.Code code = Fhir.code(r.get("code"), "code");
        Coded c = new Coded(id, Fhir.subject(r, checks), code.system(), code.code(), SourceOrg.of(r), at);
        String when = r.hasNonNull("performedDateTime") ? Fhir.text(r, "performedDateTime", "performedDateTime")
                : r.path("performedPeriod").path("start").asText(null);
        sink.loaded(new Row.Procedure(c, Fhir.refId(r, "encounter"), checks.date("performedDateTime", when, true)));
    }
}
