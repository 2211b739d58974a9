package org.derwent.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;
import org.junit.jupiter.api.Test;

/** Synthea-style LOINC observations as rows: panels split by component, units converted, RxNorm kept as sent. */
class ObservationMappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEAD = "\"subject\":{\"reference\":\"urn:uuid:p1\"},\"effectiveDateTime\":\"2020-02-03T09:00:00-05:00\",";
    private static final String BP_PANEL = "{\"system\":\"http://loinc.org\",\"code\":\"85354-9\"}";

    /** Collects sink calls as text: loaded rows as {@code id|system|code|value|unit}, quarantine as field / reason. */
    private static final class Sink implements RowSink {
        final List<String> out = new ArrayList<>();

        @Override
        public void loaded(Row row) {
            if (row instanceof Row.Observation o) {
                out.add(o.c().recordId() + "|" + o.c().system().id() + "|" + o.c().code() + "|" + o.value() + "|" + o.unit());
            } else if (row instanceof Row.Medication m) {
                out.add(m.c().recordId() + "|" + m.c().system().id() + "|" + m.c().code());
            }
        }

        @Override
        public void derived(Row row) {
            out.add("derived " + row);
        }

        @Override
        public void quarantined(Provenance at, String field, String value, String reason) {
            out.add(field + " / " + reason);
        }

        @Override
        public void skipped(Provenance at) {
            out.add("skipped");
        }
    }

    private static List<String> route(String json) throws Exception {
        Sink sink = new Sink();
        Resources.route(JSON.readTree(json), "x.ndjson", 1, new Checks(LocalDate.of(2024, 3, 31),
                new Pseudonymiser("derwent-test-key-0123456789abcdef".getBytes())), sink);
        return sink.out;
    }

    private static String component(String loinc, String value) {
        return "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"" + loinc + "\"}]},"
                + "\"valueQuantity\":{\"value\":" + value + ",\"unit\":\"mm[Hg]\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mm[Hg]\"}}";
    }

    @Test
    void a_blood_pressure_panel_becomes_one_systolic_and_one_diastolic_row() throws Exception {
        assertThat(route("{\"resourceType\":\"Observation\",\"id\":\"bp1\"," + HEAD + "\"code\":{\"coding\":[" + BP_PANEL
                + "]},\"component\":[" + component("8462-4", "82") + "," + component("8480-6", "131") + "]}"))
                .containsExactly("bp1#8462-4|snomed|271650006|82.0|mmHg", "bp1#8480-6|snomed|271649006|131.0|mmHg");
    }

    @Test
    void a_panel_missing_a_component_value_gives_the_other_row_only() throws Exception {
        String noValue = "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8462-4\"}]},"
                + "\"dataAbsentReason\":{\"text\":\"not measured\"}}";
        assertThat(route("{\"resourceType\":\"Observation\",\"id\":\"bp2\"," + HEAD + "\"code\":{\"coding\":[" + BP_PANEL
                + "]},\"component\":[" + noValue + "," + component("8480-6", "145") + "]}"))
                .containsExactly("bp2#8480-6|snomed|271649006|145.0|mmHg");
    }

    @Test
    void a_panel_without_any_component_value_is_stored_under_its_own_loinc_code() throws Exception {
        assertThat(route("{\"resourceType\":\"Observation\",\"id\":\"bp3\"," + HEAD + "\"code\":{\"coding\":[" + BP_PANEL
                + "]},\"component\":[]}")).containsExactly("bp3|loinc|85354-9|null|null");
    }

    @Test
    void an_observation_with_its_own_value_keeps_it_beside_its_component_rows() throws Exception {
        assertThat(route("{\"resourceType\":\"Observation\",\"id\":\"bp5\"," + HEAD + "\"code\":{\"coding\":[{\"system\":"
                + "\"http://loinc.org\",\"code\":\"8480-6\"}]},\"valueQuantity\":{\"value\":128,\"unit\":\"mm[Hg]\"},"
                + "\"component\":[" + component("8462-4", "79") + "]}"))
                .containsExactly("bp5|snomed|271649006|128.0|mmHg", "bp5#8462-4|snomed|271650006|79.0|mmHg");
    }

    @Test
    void a_component_in_an_unknown_unit_stays_loinc_with_its_unit() throws Exception {
        String kpa = "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]},"
                + "\"valueQuantity\":{\"value\":17.5,\"unit\":\"kPa\"}}";
        assertThat(route("{\"resourceType\":\"Observation\",\"id\":\"bp4\"," + HEAD + "\"code\":{\"coding\":[" + BP_PANEL
                + "]},\"component\":[" + kpa + "]}")).containsExactly("bp4#8480-6|loinc|8480-6|17.5|kPa");
    }

    @Test
    void hba1c_in_percent_is_stored_as_ifcc_mmol_per_mol() throws Exception {
        assertThat(route("{\"resourceType\":\"Observation\",\"id\":\"h1\"," + HEAD + "\"code\":{\"coding\":[{\"system\":"
                + "\"http://loinc.org\",\"code\":\"4548-4\"}]},\"valueQuantity\":{\"value\":6.5,\"unit\":\"%\",\"code\":\"%\"}}"))
                .containsExactly("h1|snomed|999791000000106|48.0|mmol/mol");
    }

    @Test
    void smoking_status_takes_the_snomed_finding_of_its_value() throws Exception {
        assertThat(route("{\"resourceType\":\"Observation\",\"id\":\"s1\"," + HEAD + "\"code\":{\"coding\":[{\"system\":"
                + "\"http://loinc.org\",\"code\":\"72166-2\"}]},\"valueCodeableConcept\":{\"coding\":[{\"system\":"
                + "\"http://snomed.info/sct\",\"code\":\"8517006\",\"display\":\"Ex-smoker (finding)\"}]}}"))
                .containsExactly("s1|snomed|8517006|null|null");
    }

    @Test
    void an_unmapped_loinc_observation_is_stored_as_loinc() throws Exception {
        assertThat(route("{\"resourceType\":\"Observation\",\"id\":\"l1\"," + HEAD + "\"code\":{\"coding\":[{\"system\":"
                + "\"http://loinc.org\",\"code\":\"2339-0\"}]},\"valueQuantity\":{\"value\":98.2,\"unit\":\"mg/dL\"}}"))
                .containsExactly("l1|loinc|2339-0|98.2|mg/dL");
    }

    @Test
    void a_snomed_coding_is_preferred_to_a_loinc_one_whatever_the_order() throws Exception {
        assertThat(route("{\"resourceType\":\"Observation\",\"id\":\"b1\"," + HEAD + "\"code\":{\"coding\":[{\"system\":"
                + "\"http://loinc.org\",\"code\":\"39156-5\"},{\"system\":\"http://snomed.info/sct\",\"code\":\"60621009\"}]},"
                + "\"valueQuantity\":{\"value\":31.2,\"unit\":\"kg/m2\"}}"))
                .containsExactly("b1|snomed|60621009|31.2|kg/m2");
    }

    @Test
    void rxnorm_medicines_are_stored_as_rxnorm_and_read_codes_are_still_quarantined() throws Exception {
        assertThat(route("{\"resourceType\":\"MedicationRequest\",\"id\":\"m1\"," + HEAD.replace("effectiveDateTime", "authoredOn")
                + "\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\","
                + "\"code\":\"314076\"}]}}")).containsExactly("m1|rxnorm|314076");
        assertThat(route("{\"resourceType\":\"Observation\",\"id\":\"r1\"," + HEAD + "\"code\":{\"coding\":[{\"system\":"
                + "\"http://read.info/readv2\",\"code\":\"246..\"}]}}"))
                .containsExactly("code.coding.system / unknown code system");
    }
}
