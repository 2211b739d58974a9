package org.derwent.ingest.row;

/**
 * Receives the outcome of every input record: exactly one of {@link #loaded}, {@link #quarantined} or
 * {@link #skipped} per record (so counts reconcile), plus any number of {@link #derived} rows.
 */
public interface RowSink {
    /** The counted row of an input record that passed validation. */
    void loaded(Row row);

    /** A further row produced by the same input record (identity, registration from a patient, ranks). */
    void derived(Row row);

    /** An input record rejected, with where it was and why. */
    void quarantined(Provenance at, String field, String value, String reason);

    /** A valid FHIR resource of a type Derwent does not use. */
    void skipped(Provenance at);
}
