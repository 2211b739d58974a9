package org.derwent.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The pseudonymous clinician of an Encounter participant: Derwent identifier, else a Practitioner reference. */
class ClinicianIdTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode individual(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void reads_the_derwent_identifier() throws Exception {
        assertThat(EncounterMapper.clinicianId(individual(
                "{\"identifier\":{\"system\":\"https://derwent.org/fhir/Id/clinician\",\"value\":\" C81001-7 \"}}")))
                .isEqualTo("C81001-7");
    }

    @Test
    void takes_a_practitioner_reference_as_written() throws Exception {
        assertThat(EncounterMapper.clinicianId(individual("{\"reference\":\"Practitioner/abc\"}"))).isEqualTo("Practitioner/abc");
        assertThat(EncounterMapper.clinicianId(individual("{\"reference\":\"PractitionerRole/r1\"}")))
                .isEqualTo("PractitionerRole/r1");
    }

    @Test
    void ignores_other_identifier_systems_and_references_and_absence() throws Exception {
        assertThat(EncounterMapper.clinicianId(individual(
                "{\"identifier\":{\"system\":\"https://fhir.hl7.org.uk/Id/gmc-number\",\"value\":\"1234567\"}}"))).isNull();
        assertThat(EncounterMapper.clinicianId(individual("{\"reference\":\"RelatedPerson/x\"}"))).isNull();
        assertThat(EncounterMapper.clinicianId(JSON.missingNode())).isNull();
    }
}
