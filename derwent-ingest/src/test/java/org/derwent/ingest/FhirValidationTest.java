package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.count;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load --validate}: a resource HAPI FHIR finds an ERROR in is quarantined with its FHIRPath location, the value
 * there and the message; valid Synthea-style resources load; without the option nothing is validated.
 */
class FhirValidationTest {
    private static final String SUBJECT = "\"subject\":{\"reference\":\"Patient/p1\"}";
    private static final String SBP = "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]}";
    @TempDir
    static Path dir;
    private static Store validated;
    private static Store plain;
    private static LoadReport report;
    private static LoadReport plainReport;

    @BeforeAll
    static void load() throws IOException {
        Files.writeString(dir.resolve("Patient.ndjson"), String.join("\n",
                "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"meta\":{\"profile\":[\"http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient\"]},"
                        + "\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/patient-birthPlace\",\"valueAddress\":{\"city\":\"Boston\"}}],"
                        + "\"name\":[{\"use\":\"official\",\"family\":\"Smith\",\"given\":[\"Alice\"]}],\"gender\":\"female\",\"birthDate\":\"1961-04-12\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"gender\":\"blue\",\"birthDate\":\"1970-01-01\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"p3\",\"gender\":\"male\",\"birthDate\":\"1970-01-01\",\"name\":[{\"given\":[\"Bob\"],\"flavour\":\"x\"}]}"));
        Files.writeString(dir.resolve("Observation.ndjson"), String.join("\n",
                "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\"," + SBP + "," + SUBJECT
                        + ",\"effectiveDateTime\":\"2023-01-01T09:00:00Z\",\"valueQuantity\":{\"value\":131,\"unit\":\"mm[Hg]\","
                        + "\"system\":\"http://unitsofmeasure.org\",\"code\":\"mm[Hg]\"}}",
                "{\"resourceType\":\"Observation\",\"id\":\"o2\",\"status\":\"final\"," + SBP + "," + SUBJECT
                        + ",\"effectiveDateTime\":\"01/02/2023\"}",
                "{\"resourceType\":\"Observation\",\"id\":\"o3\"," + SBP + "," + SUBJECT + ",\"effectiveDateTime\":\"2023-01-01\"}",
                "{\"resourceType\":\"Claim\",\"id\":\"c1\",\"status\":\"nonsense\"}"));
        validated = Store.inMemory();
        report = new Loader(validated, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).validate(true)
                .load(List.of(dir));
        plain = Store.inMemory();
        plainReport = Fixtures.load(plain, dir);
    }

    @AfterAll
    static void close() {
        validated.close();
        plain.close();
    }

    private static String at(String file, int line) {
        return rows(validated, "SELECT field || ' | ' || value || ' | ' || reason FROM quarantine WHERE file = '" + file
                + "' AND line = " + line).toString();
    }

    @Test
    void an_invalid_code_is_quarantined_with_its_path_and_value() {
        assertThat(at("Patient.ndjson", 2)).startsWith("[Patient.gender | blue | FHIR validation: ");
    }

    @Test
    void a_bad_date_format_is_quarantined_with_its_path_and_value() {
        assertThat(at("Observation.ndjson", 2))
                .startsWith("[Observation.effective.ofType(dateTime) | 01/02/2023 | FHIR validation: ");
    }

    @Test
    void unknown_elements_and_missing_required_elements_are_errors() {
        assertThat(at("Patient.ndjson", 3)).contains("FHIR validation: ").contains("flavour");
        assertThat(at("Observation.ndjson", 3)).startsWith("[Observation | ").contains("status");
    }

    @Test
    void valid_synthea_style_resources_load_and_unused_types_are_not_validated() {
        System.out.println(report.summary());
        assertThat(report.reconciles()).isTrue();
        assertThat(rows(validated, "SELECT record_id, code, value FROM observation")).containsExactly("o1|271649006|131.0");
        assertThat(count(validated, "person", "")).isEqualTo(1);
        assertThat(report.skippedTypes()).containsOnlyKeys("Claim");
        assertThat(report.quarantined()).isEqualTo(4);
        // the one warning: p1's US Core profile is not known, so it is not checked
        assertThat(report.validationWarnings()).isEqualTo(1);
    }

    @Test
    void without_the_option_nothing_is_validated() {
        assertThat(plainReport.validationWarnings()).isZero();
        assertThat(plainReport.quarantineReasons().keySet()).noneMatch(r -> r.startsWith("FHIR validation"));
        assertThat(count(plain, "observation", "")).isEqualTo(2);
    }
}
