package org.derwent.ingest.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The value a validator's FHIRPath location points at, for the quarantine's value column. */
class LocationsTest {
    private static final JsonNode PATIENT = read("{\"resourceType\":\"Patient\",\"gender\":\"blue\",\"identifier\":["
            + "{\"value\":\"a\"},{\"system\":\"s\",\"value\":\"123\"}],\"name\":[{\"given\":[\"Ann\",\"Bo\"]}]}");

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void follows_fields_and_indexes() {
        assertThat(Locations.value(PATIENT, "Patient.gender")).isEqualTo("blue");
        assertThat(Locations.value(PATIENT, "Patient.identifier[1].value")).isEqualTo("123");
        assertThat(Locations.value(PATIENT, "Patient.name[0].given[1]")).isEqualTo("Bo");
    }

    @Test
    void a_choice_element_is_its_typed_json_name() {
        JsonNode obs = read("{\"resourceType\":\"Observation\",\"effectiveDateTime\":\"01/02/2023\"}");
        assertThat(Locations.value(obs, "Observation.effective.ofType(dateTime)")).isEqualTo("01/02/2023");
    }

    @Test
    void objects_arrays_and_missing_paths_give_no_value() {
        assertThat(Locations.value(PATIENT, "Patient")).isEmpty();
        assertThat(Locations.value(PATIENT, "Patient.identifier[0]")).isEmpty();
        assertThat(Locations.value(PATIENT, "Patient.name")).isEmpty();
        assertThat(Locations.value(PATIENT, "Patient.birthDate")).isEmpty();
        assertThat(Locations.value(PATIENT, "Patient.identifier[5].value")).isEmpty();
    }
}
