package org.derwent.ingest.row;

import org.derwent.model.code.CodeSystem;

/** The columns every clinical row shares: record id, subject, code and source organisation. */
public record Coded(String recordId, Subject subject, CodeSystem system, String code, String sourceOrg,
                    Provenance at) {
}
