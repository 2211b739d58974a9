package org.derwent.synth.output;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derwent.model.extract.FhirIds;
import org.derwent.synth.Fixtures;
import org.derwent.synth.generate.OutputFormat;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every NDJSON line parses as FHIR R4 with HAPI's strict parser; a sample of each type passes the instance validator. */
class FhirValidityTest {
    static final FhirContext R4 = FhirContext.forR4();
    @TempDir
    static Path tmp;

    @BeforeAll
    static void generate() {
        Fixtures.generate(tmp, 40_000, 5, OutputFormat.FHIR, 2, "C81001", "C81002");
    }

    @Test
    void every_resource_parses_strictly_as_r4() throws Exception {
        IParser parser = R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        long total = 0;
        for (FhirType t : FhirType.values()) {
            List<String> lines = Files.readAllLines(tmp.resolve("fhir").resolve(t.fileName()));
            assertThat(lines).as(t.fileName()).isNotEmpty();
            for (String line : lines) {
                IBaseResource r = parser.parseResource(line);
                assertThat(r.fhirType()).isEqualTo(t.name());
                total++;
            }
        }
        assertThat(total).isGreaterThan(10_000);
    }

    @Test
    void patients_carry_nhs_number_practice_lsoa_and_ethnicity_as_documented() throws Exception {
        IParser parser = R4.newJsonParser();
        Patient p = parser.parseResource(Patient.class, Files.readAllLines(tmp.resolve("fhir/Patient.ndjson")).get(0));
        assertThat(p.getIdentifierFirstRep().getSystem()).isEqualTo(FhirIds.NHS_NUMBER);
        assertThat(p.getGeneralPractitionerFirstRep().getReference()).isEqualTo("Organization/C81001");
        assertThat(p.getGeneralPractitionerFirstRep().getIdentifier().getSystem()).isEqualTo(FhirIds.ODS_CODE);
        assertThat(p.getAddressFirstRep().getExtensionByUrl(FhirIds.EXT_LSOA)).isNotNull();
        assertThat(p.getExtensionByUrl(FhirIds.EXT_ETHNIC_CATEGORY)).isNotNull();
        assertThat(p.getExtensionByUrl(FhirIds.EXT_REGISTRATION_PERIOD)).isNotNull();
        boolean admitted = false;
        for (String line : Files.readAllLines(tmp.resolve("fhir/Encounter.ndjson"))) {
            Encounter e = parser.parseResource(Encounter.class, line);
            if (e.getClass_().getCode().equals("IMP")) {
                admitted = true;
                assertThat(e.getExtensionByUrl(FhirIds.EXT_ADMISSION_METHOD)).isNotNull();
                assertThat(e.getDiagnosis()).isNotEmpty();
            }
        }
        assertThat(admitted).isTrue();
    }

    @Test
    void a_sample_of_each_type_has_no_validation_errors() throws Exception {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
                new InMemoryTerminologyServerValidationSupport(R4), new CommonCodeSystemsTerminologyService(R4));
        FhirInstanceValidator instance = new FhirInstanceValidator(chain);
        instance.setAnyExtensionsAllowed(true);
        FhirValidator validator = R4.newValidator().registerValidatorModule(instance);
        List<String> errors = new ArrayList<>();
        for (FhirType t : FhirType.values()) {
            List<String> lines = Files.readAllLines(tmp.resolve("fhir").resolve(t.fileName()));
            for (String line : lines.subList(0, Math.min(8, lines.size()))) {
                ValidationResult result = validator.validateWithResult(line);
                for (SingleValidationMessage m : result.getMessages()) {
                    if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                        errors.add(t + " " + m.getLocationString() + ": " + m.getMessage());
                    }
                }
            }
        }
        assertThat(errors).isEmpty();
    }
}
