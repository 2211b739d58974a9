package org.derwent.ingest.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.LongAdder;
import org.derwent.ingest.fhir.ResourceCheck;
import org.hl7.fhir.common.hapi.validation.support.CachingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;

/**
 * Validates each resource against the base FHIR R4 StructureDefinitions (cardinality, datatypes and formats, required
 * bindings such as {@code Patient.gender}) with HAPI FHIR's instance validator. Extensions and profiles Derwent does
 * not know (UK Core, US Core in Synthea's {@code meta.profile}) are allowed; code systems without a local terminology
 * (SNOMED CT, LOINC) are not checked, nor are best-practice recommendations (e.g. dom-6, "a resource should have
 * narrative", which every extract resource would raise). The first ERROR or FATAL message quarantines the resource with its location as
 * the field; warnings are counted. See docs/ingest.md, "Validation".
 */
public final class HapiValidation implements ResourceCheck {
    /** Prefix of the quarantine reason. */
    public static final String REASON = "FHIR validation: ";

    private final FhirValidator validator;
    private final LongAdder warnings = new LongAdder();

    public HapiValidation() {
        FhirContext r4 = FhirContext.forR4Cached();
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(r4),
                new SnapshotGeneratingValidationSupport(r4), new InMemoryTerminologyServerValidationSupport(r4),
                new CommonCodeSystemsTerminologyService(r4));
        // the cache makes validation about four times faster (StructureDefinitions and ValueSets are otherwise
        // converted to R5 again for each resource)
        FhirInstanceValidator instance = new FhirInstanceValidator(new CachingValidationSupport(chain));
        instance.setAnyExtensionsAllowed(true);
        instance.setErrorForUnknownProfiles(false);
        instance.setBestPracticeWarningLevel(BestPracticeWarningLevel.Ignore);
        validator = r4.newValidator().registerValidatorModule(instance);
    }

    @Override
    public Problem check(JsonNode resource) {
        ValidationResult result = validator.validateWithResult(resource.toString());
        SingleValidationMessage error = null;
        for (SingleValidationMessage m : result.getMessages()) {
            if (m.getSeverity() == ResultSeverityEnum.WARNING) {
                warnings.increment();
            } else if (error == null && m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                error = m;
            }
        }
        if (error == null) {
            return null;
        }
        String location = error.getLocationString() == null ? "" : error.getLocationString();
        return new Problem(location, Locations.value(resource, location), REASON + error.getMessage());
    }

    @Override
    public long warnings() {
        return warnings.sum();
    }
}
