package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.count;
import static org.derwent.ingest.Fixtures.rows;

import java.util.List;
import org.derwent.store.schema.Store;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same small extract as CSV and as FHIR NDJSON loads to the same store content. */
class RoundTripTest {
    private static Store csv;
    private static Store fhir;
    private static LoadReport csvReport;
    private static LoadReport fhirReport;

    @BeforeAll
    static void load() {
        csv = Store.inMemory();
        fhir = Store.inMemory();
        csvReport = Fixtures.load(csv, Fixtures.SMALL_CSV);
        fhirReport = Fixtures.load(fhir, Fixtures.SMALL_NDJSON);
    }

    @AfterAll
    static void close() {
        csv.close();
        fhir.close();
    }

    @Test
    void csv_counts_reconcile_with_nothing_quarantined() {
        assertThat(csvReport.reconciles()).isTrue();
        assertThat(csvReport.read()).isEqualTo(3 + 3 + 2 + 4 + 2 + 3 + 2 + 1 + 1);
        assertThat(csvReport.quarantined()).as(csvReport.quarantineReasons().toString()).isZero();
        assertThat(csvReport.loaded()).isEqualTo(csvReport.read());
    }

    @Test
    void ndjson_counts_reconcile_and_unused_types_are_skipped() {
        assertThat(fhirReport.reconciles()).isTrue();
        assertThat(fhirReport.quarantined()).as(fhirReport.quarantineReasons().toString()).isZero();
        assertThat(fhirReport.read()).isEqualTo(3 + 4 + 4 + 2 + 3 + 1 + 1 + 2);
        assertThat(fhirReport.skippedByType()).isEqualTo(2);
        assertThat(fhirReport.skippedTypes()).containsEntry("Claim", 1L).containsEntry("ExplanationOfBenefit", 1L);
    }

    @Test
    void both_formats_give_identical_rows_apart_from_provenance() {
        for (Table t : List.of(StoreSchema.PERSON, StoreSchema.IDENTITY, StoreSchema.CONDITION, StoreSchema.OBSERVATION,
                StoreSchema.MEDICATION, StoreSchema.ENCOUNTER, StoreSchema.DIAGNOSIS, StoreSchema.PROCEDURE,
                StoreSchema.REFERRAL, StoreSchema.PERSON_SOURCE)) {
            String cols = String.join(", ", t.columnNames().stream()
                    .filter(c -> !List.of("source_file", "source_line", "load_id").contains(c)).toList());
            String sql = "SELECT " + cols + " FROM " + t.name();
            assertThat(rows(fhir, sql)).as(t.name()).isEqualTo(rows(csv, sql)).isNotEmpty();
        }
    }

    @Test
    void known_answers() {
        assertThat(count(csv, "person", "")).isEqualTo(3);
        assertThat(count(csv, "person", "practice_code = 'UNKNOWN'")).isEqualTo(1);
        assertThat(count(csv, "person", "lsoa_code = 'UNKNOWN'")).isEqualTo(1);
        assertThat(count(csv, "person", "ethnic_group = 'unknown' AND ethnic_category IS NULL")).isEqualTo(1);
        assertThat(rows(csv, "SELECT sex, birth_year, birth_month, ethnic_group FROM person"))
                .containsExactly("F|1950|3|white", "F|2010|1|unknown", "M|1980|7|asian");
        assertThat(rows(csv, "SELECT los_days, admission_method FROM encounter WHERE setting = 'admitted'"))
                .containsExactly("10|21");
        assertThat(rows(fhir, "SELECT clinician_type, service_type, clinician_id FROM encounter WHERE setting = 'gp'"))
                .containsExactly("GP|same_day|C81001-2");
        assertThat(rows(csv, "SELECT code, position, encounter_id FROM diagnosis"))
                .containsExactly("E11.9|2|e-3", "I21.9|1|e-3");
        assertThat(rows(fhir, "SELECT duration_days, is_repeat FROM medication")).containsExactly("28|true", "28|true");
        assertThat(count(csv, "registration", "")).isEqualTo(3);
        assertThat(count(fhir, "registration", "")).isEqualTo(2);
        assertThat(rows(csv, "SELECT DISTINCT length(person_id) FROM person")).containsExactly("64");
    }
}
