package org.derwent.synth.generate;

/** Which outputs to write: the CSV flat extract, FHIR R4 Bulk NDJSON, or both (in sub-directories). */
public enum OutputFormat {
    CSV, FHIR, BOTH;

    public boolean csv() {
        return this != FHIR;
    }

    public boolean fhir() {
        return this != CSV;
    }
}
