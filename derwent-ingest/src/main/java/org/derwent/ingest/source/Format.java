package org.derwent.ingest.source;

/** The input formats the loader reads. */
public enum Format {
    /** FHIR R4 Bulk Data: one resource per line, {@code <ResourceType>.ndjson}. */
    FHIR_NDJSON,
    /** One FHIR JSON document per file: a Bundle (transaction, collection, ...) or a single resource. */
    FHIR_JSON,
    /** A table of the CSV flat extract ({@code patients.csv}, ...). */
    CSV_EXTRACT
}
