package org.derwent.synth.output;

/** The FHIR resource types the generator writes, one {@code <Type>.ndjson} file each. */
public enum FhirType {
    Organization, Patient, Condition, Observation, MedicationRequest, Encounter, Procedure, ServiceRequest;

    public String fileName() {
        return name() + ".ndjson";
    }
}
