package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Coded;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;

/** ServiceRequest (a referral): SNOMED CT code, authoredOn, requester organisation, service (performerType). */
final class ServiceRequestMapper implements ResourceMapper {

    @Override
    public void map(JsonNode r, String id, Provenance at, Checks checks, RowSink sink) {
        Fhir.Code code = Fhir.code(r.get("code"), "code");
        Coded c = new Coded(id, Fhir.subject(r, checks), code.system(), code.code(), SourceOrg.of(r), at);
        JsonNode pt = r.path("performerType");
        String service = pt.hasNonNull("text") ? pt.get("text").asText()
                : pt.path("coding").path(0).path("code").asText(null);
        sink.loaded(new Row.Referral(c, checks.date("authoredOn", Fhir.text(r, "authoredOn", "authoredOn"), true),
                service));
    }
}
