package org.derwent.ingest.row;

/** Where a record came from: file name, line (1-based) and the FHIR resource type or CSV table name. */
public record Provenance(String file, long line, String resourceType) {
}
