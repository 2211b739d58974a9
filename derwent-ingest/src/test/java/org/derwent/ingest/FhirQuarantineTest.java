package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.count;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad FHIR input lands in quarantine with file, line, field and reason; unused types are skipped. */
class FhirQuarantineTest {
    private static final String SBP = "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"72313002\"}]}";
    @TempDir
    static Path dir;
    private static Store store;
    private static LoadReport report;

    @BeforeAll
    static void load() throws IOException {
        Files.writeString(dir.resolve("Patient.ndjson"), String.join("\n",
                "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9990000026\"}],\"birthDate\":\"1950-01-01\",\"gender\":\"female\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"1234567890\"}],\"birthDate\":\"1950-01-01\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"p3\",\"birthDate\":\"1960-05\"}"));
        Files.writeString(dir.resolve("Observation.ndjson"), String.join("\n",
                "{\"resourceType\":\"Observation\",\"id\":",
                "{\"resourceType\":\"Observation\",\"id\":\"o2\"," + SBP + ",\"effectiveDateTime\":\"2023-01-01\"}",
                "{\"resourceType\":\"Observation\",\"id\":\"o3\"," + SBP + ",\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2023-01-01\",\"valueQuantity\":{\"value\":\"high\"}}",
                "{\"resourceType\":\"Observation\",\"id\":\"o4\",\"code\":{\"coding\":[{\"system\":\"http://read.info/readv2\",\"code\":\"246..\"}]},\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2023-01-01\"}",
                "{\"resourceType\":\"Foo\",\"id\":\"x\"}",
                "{\"resourceType\":\"Observation\",\"id\":\"o6\"," + SBP + ",\"subject\":{\"identifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9990000020\"}},\"effectiveDateTime\":\"2023-01-01\"}",
                "{\"resourceType\":\"Observation\",\"id\":\"o7\"," + SBP + ",\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2030-01-01\"}",
                "{\"resourceType\":\"Observation\",\"id\":\"o8\"," + SBP + ",\"subject\":{\"reference\":\"Patient/nobody\"},\"effectiveDateTime\":\"2023-01-01\"}",
                "{\"resourceType\":\"Observation\"," + SBP + ",\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2023-01-01\"}",
                "{\"resourceType\":\"Immunization\",\"id\":\"i1\"}",
                "",
                "{\"resourceType\":\"Observation\",\"id\":\"o12\"," + SBP + ",\"subject\":{\"reference\":\"urn:uuid:p3\"},\"effectiveDateTime\":\"2023-01-01T08:00:00+01:00\",\"valueQuantity\":{\"value\":120,\"unit\":\"mm[Hg]\"}}",
                "{\"resourceType\":\"Observation\",\"id\":\"o13\"," + SBP + ",\"subject\":{\"reference\":\"Patient/p1\"}}",
                "[1,2]"));
        store = Store.inMemory();
        report = Fixtures.load(store, dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String at(String file, int line) {
        return rows(store, "SELECT field || ' / ' || reason FROM quarantine WHERE file = '" + file + "' AND line = " + line)
                .toString();
    }

    @Test
    void counts_reconcile_and_valid_unused_types_are_skipped() {
        assertThat(report.reconciles()).isTrue();
        assertThat(report.read()).isEqualTo(3 + 13);
        assertThat(report.skippedTypes()).containsOnlyKeys("Immunization");
        assertThat(rows(store, "SELECT record_id FROM observation")).containsExactly("o12");
        assertThat(count(store, "person", "")).isEqualTo(2);
        assertThat(report.loaded()).isEqualTo(count(store, "person", "") + count(store, "observation", ""));
    }

    @Test
    void malformed_json_and_non_resources_are_quarantined() {
        assertThat(at("Observation.ndjson", 1)).contains("(line) / malformed JSON");
        assertThat(at("Observation.ndjson", 14)).contains("not a JSON object");
        assertThat(at("Observation.ndjson", 5)).contains("resourceType / not a FHIR R4 resource type");
    }

    @Test
    void missing_fields_are_quarantined() {
        assertThat(at("Observation.ndjson", 2)).contains("subject / missing required field");
        assertThat(at("Observation.ndjson", 9)).contains("id / missing required field");
        assertThat(at("Observation.ndjson", 13)).contains("effectiveDateTime / missing required date");
    }

    @Test
    void wrong_value_types_unknown_code_systems_and_future_dates_are_quarantined() {
        assertThat(at("Observation.ndjson", 3)).contains("valueQuantity.value / wrong value type: expected a number");
        assertThat(at("Observation.ndjson", 4)).contains("code.coding.system / unknown code system");
        assertThat(at("Observation.ndjson", 7)).contains("effectiveDateTime / date in the future");
    }

    @Test
    void invalid_nhs_numbers_and_unknown_subjects_are_quarantined() {
        assertThat(at("Patient.ndjson", 2)).contains("identifier[nhs-number] / invalid NHS number");
        assertThat(at("Observation.ndjson", 6)).contains("subject.identifier / invalid NHS number");
        assertThat(at("Observation.ndjson", 8)).contains("subject / unknown subject");
    }

    @Test
    void patient_without_nhs_number_is_keyed_by_source_id_and_partial_birth_date_is_kept() {
        assertThat(rows(store, "SELECT p.birth_year, p.birth_month, i.nhs_number FROM person p JOIN identity i "
                + "USING (person_id) WHERE p.birth_year = 1960")).containsExactly("1960|5|null");
    }
}
