package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.RowSink;

/**
 * Maps one FHIR resource of one type to store rows: calls {@link RowSink#loaded} once, or throws
 * {@link org.derwent.ingest.row.Rejection} naming the bad field.
 */
interface ResourceMapper {
    void map(JsonNode resource, String id, Provenance at, Checks checks, RowSink sink);
}
