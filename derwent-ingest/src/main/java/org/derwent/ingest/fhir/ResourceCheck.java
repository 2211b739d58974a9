package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A check of a whole FHIR resource run before it is mapped (the opt-in HAPI FHIR validation of
 * {@code load --validate}); {@link #NONE} by default, which costs nothing. Implementations are thread-safe.
 */
public interface ResourceCheck {
    /** The default: every resource goes straight to its mapper. */
    ResourceCheck NONE = new ResourceCheck() {
        @Override
        public Problem check(JsonNode resource) {
            return null;
        }

        @Override
        public long warnings() {
            return 0;
        }
    };

    /** Why a resource is quarantined: the field (FHIRPath location), the value found there and the reason. */
    record Problem(String field, String value, String reason) {
    }

    /** The problem that quarantines {@code resource}, or null when it may be mapped. */
    Problem check(JsonNode resource);

    /** Warnings seen so far (counted, never quarantined). */
    long warnings();
}
