package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Coded;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;

/** ServiceRequest (a referral): SNOMED CT code, authoredOn, requester organisation, service (performerType or category). */
final class ServiceRequestMapper implements ResourceMapper {

    @Override
    public void map(JsonNode r, String id, Provenance at, Checks checks, RowSink sink) {
        Fhir.Code code = Fhir.code(r.get("code"), "code");
        Coded c = new Coded(id, Fhir.subject(r, checks), code.system(), code.code(), SourceOrg.of(r), at);
        String service = conceptText(r.path("performerType"));
        if (service == null) {
            service = conceptText(r.path("category").path(0));
        }
        sink.loaded(new Row.Referral(c, checks.date("authoredOn", Fhir.text(r, "authoredOn", "authoredOn"), true),
                service));
    }

    private static String conceptText(JsonNode concept) {
        return concept.hasNonNull("text") ? concept.get("text").asText()
                : concept.path("coding").path(0).path("code").asText(null);
    }
}
