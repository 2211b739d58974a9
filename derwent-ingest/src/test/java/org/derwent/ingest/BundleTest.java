package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.count;
import static org.derwent.ingest.Fixtures.rows;

import java.nio.file.Path;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-written Synthea-style bundles (not Synthea output): a transaction bundle with urn:uuid references, a
 * collection bundle with ids only in fullUrl that breaks off mid-entry, and a lone Patient document.
 */
class BundleTest {
    private static Store store;
    private static LoadReport report;

    @BeforeAll
    static void load() {
        store = Store.inMemory();
        report = Fixtures.load(store, Path.of("src/test/resources/bundles"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void counts_reconcile_across_bundles() {
        assertThat(report.reconciles()).isTrue();
        assertThat(report.read()).isEqualTo(5 + 3 + 1);
        assertThat(report.skippedTypes()).containsOnlyKeys("Claim");
        assertThat(report.loaded()).isEqualTo(7);
        assertThat(report.quarantined()).isEqualTo(1);
    }

    @Test
    void urn_uuid_references_link_to_the_bundle_patient() {
        assertThat(rows(store, "SELECT setting, start_date, provider_code FROM encounter"))
                .containsExactly("gp|2020-02-03|ef58ea08");
        assertThat(rows(store, "SELECT code_system, code, onset_date FROM condition"))
                .containsExactly("snomed|59621000|2020-02-03");
        assertThat(count(store, "SELECT count(DISTINCT person_id) FROM condition c JOIN encounter e USING (person_id)"))
                .isEqualTo(1);
    }

    @Test
    void ids_come_from_full_url_and_a_broken_document_quarantines_its_rest() {
        assertThat(rows(store, "SELECT record_id, proc_date FROM procedure")).containsExactly("3c4e|2021-05-05");
        assertThat(rows(store, "SELECT file, reason FROM quarantine WHERE field = '(document)'")).singleElement()
                .satisfies(r -> assertThat(r).startsWith("Bob_Jones_3c4d.json|malformed JSON"));
        assertThat(rows(store, "SELECT count(*) FROM quarantine WHERE resource_type = 'Observation'")).containsExactly("0");
    }

    @Test
    void a_loinc_systolic_reading_is_stored_under_its_snomed_concept() {
        assertThat(rows(store, "SELECT record_id, code_system, code, obs_date, value, unit FROM observation"))
                .containsExactly("1a2b0000-0000-4000-8000-000000000004|snomed|271649006|2020-02-03|151.0|mmHg");
    }

    @Test
    void people_without_nhs_number_or_english_address_are_unknown_geography() {
        assertThat(rows(store, "SELECT sex, birth_year, lsoa_code, practice_code FROM person"))
                .containsExactly("F|1961|UNKNOWN|UNKNOWN", "M|1990|UNKNOWN|UNKNOWN", "U|2001|UNKNOWN|UNKNOWN");
        assertThat(count(store, "identity", "nhs_number IS NULL")).isEqualTo(2);
    }
}
