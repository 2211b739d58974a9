package org.derwent.model.extract;

/** FHIR identifier systems and extension URLs the generator writes and the loader reads (docs/fhir-profile.md). */
public final class FhirIds {
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";
    /** UK Core ethnic category extension on Patient (valueCodeableConcept, NHS ethnic category code). */
    public static final String EXT_ETHNIC_CATEGORY = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
    /** UK Core admission method extension on Encounter (NHS Data Dictionary ADMISSION METHOD code). */
    public static final String EXT_ADMISSION_METHOD = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-AdmissionMethod";
    public static final String ADMISSION_METHOD_SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-AdmissionMethodEngland";
    /** Derwent extension on Patient.address: LSOA 2011 of residence (valueCoding, system {@link #LSOA_SYSTEM}). */
    public static final String EXT_LSOA = "https://derwent.org/fhir/StructureDefinition/lsoa-of-residence";
    public static final String LSOA_SYSTEM = "https://derwent.org/fhir/CodeSystem/lsoa-2011";
    /** Derwent extension on Patient: the current registration period at the general practice (valuePeriod). */
    public static final String EXT_REGISTRATION_PERIOD = "https://derwent.org/fhir/StructureDefinition/registration-period";
    /** Derwent code system for the clinician type of a GP appointment (Encounter.participant.type). */
    public static final String CLINICIAN_TYPE_SYSTEM = "https://derwent.org/fhir/CodeSystem/clinician-type";
    /**
     * Derwent identifier system for the pseudonymous clinician of a GP appointment
     * (Encounter.participant.individual.identifier; value = practice ODS code, '-', a number).
     */
    public static final String CLINICIAN_ID_SYSTEM = "https://derwent.org/fhir/Id/clinician";
    /** Derwent code system for the care setting (Encounter.serviceType). */
    public static final String SETTING_SYSTEM = "https://derwent.org/fhir/CodeSystem/care-setting";

    private FhirIds() {
    }
}
