package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.count;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.derwent.ingest.stage.Merger;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitre.synthea.engine.Generator;
import org.mitre.synthea.helpers.Config;

/**
 * Runs Synthea 3.3.0 at test time for a few patients (FHIR R4 transaction bundles, one per patient) and loads its
 * output: every resource is loaded, skipped by type or quarantined with a stated reason, nothing else.
 */
@Tag("synthea")
class SyntheaTest {
    @TempDir
    static Path out;
    private static Store store;
    private static LoadReport report;
    private static SyntheaCodings codings;

    @BeforeAll
    static void generateAndLoad() throws Exception {
        Config.set("exporter.baseDirectory", out.toString());
        Config.set("exporter.fhir.export", "true");
        Config.set("exporter.fhir.transaction_bundle", "true");
        Config.set("exporter.fhir.bulk_data", "false");
        Config.set("exporter.hospital.fhir.export", "false");
        Config.set("exporter.practitioner.fhir.export", "false");
        Config.set("exporter.csv.export", "false");
        Config.set("exporter.ccda.export", "false");
        Config.set("exporter.text.export", "false");
        Config.set("exporter.metadata.export", "false");
        Config.set("exporter.years_of_history", "5");
        Config.set("generate.log_patients.detail", "none");
        Generator.GeneratorOptions options = new Generator.GeneratorOptions();
        options.population = 4;
        options.seed = 20240331L;
        options.clinicianSeed = 20240331L;
        new Generator(options).run();
        store = Store.inMemory();
        report = new Loader(store, Fixtures.pseudonymiser(), LocalDate.now().plusDays(1), LoadListener.NONE)
                .load(List.of(out.resolve("fhir")));
        codings = SyntheaCodings.scan(out.resolve("fhir"));
    }

    @Test
    void synthea_writes_bundles_and_every_resource_is_accounted_for() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("fhir"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isGreaterThanOrEqualTo(4);
        }
        assertThat(report.reconciles()).isTrue();
        assertThat(report.read()).isGreaterThan(100);
        assertThat(report.loaded()).isEqualTo(count(store, "SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM "
                + "condition) + (SELECT count(*) FROM observation) + (SELECT count(*) FROM medication) + (SELECT count(*) "
                + "FROM encounter) + (SELECT count(*) FROM diagnosis) + (SELECT count(*) FROM procedure) + "
                + "(SELECT count(*) FROM referral)"));
    }

    @Test
    void every_quarantined_synthea_record_has_a_known_reason() {
        System.out.println(report.summary());
        // Synthea sometimes names the medicine by reference, and writes a few records (death certification) dated
        // after the death; a coding in no stored system (SNOMED CT, dm+d, ICD-10, OPCS-4, LOINC, RxNorm) is unknown.
        assertThat(report.quarantineReasons().keySet()).allSatisfy(reason -> assertThat(reason).isIn(
                "unknown code system", "medicationReference is not supported: Derwent needs medicationCodeableConcept",
                Merger.AFTER_DEATH));
    }

    @Test
    void loinc_and_rxnorm_records_are_no_longer_quarantined_as_unknown_code_system() {
        System.out.println("Synthea codings: " + codings + "; quarantined as unknown code system: "
                + report.quarantineReasons().getOrDefault("unknown code system", 0L));
        assertThat(codings.loincOrRxnormOnly()).as("records that were unknown code system before LOINC and RxNorm")
                .isGreaterThan(100);
        assertThat(report.quarantineReasons().getOrDefault("unknown code system", 0L)).isEqualTo(codings.noStoredSystem());
        assertThat(count(store, "medication", "code_system = 'rxnorm'")).isPositive()
                .isLessThanOrEqualTo(codings.rxnormMedicines());
    }

    @Test
    void loinc_blood_pressure_panels_load_as_snomed_systolic_and_diastolic_rows() {
        assertThat(codings.systolicComponents()).isPositive();
        long afterDeath = count(store, "quarantine", "resource_type = 'Observation'");
        assertThat(count(store, "observation", "record_id LIKE '%#8480-6' AND code_system = 'snomed' AND code = '271649006' "
                + "AND unit = 'mmHg' AND value BETWEEN 50 AND 300")).isBetween(codings.systolicComponents() - afterDeath,
                codings.systolicComponents());
        assertThat(count(store, "observation", "record_id LIKE '%#8462-4' AND code_system = 'snomed' AND code = '271650006' "
                + "AND unit = 'mmHg'")).isBetween(codings.diastolicComponents() - afterDeath, codings.diastolicComponents());
        assertThat(count(store, "observation", "code_system = 'snomed' AND code = '60621009' AND unit = 'kg/m2'")).isPositive();
        assertThat(count(store, "observation", "code_system = 'loinc' AND code IN ('8480-6', '8462-4', '39156-5')")).isZero();
        System.out.println("Synthea observations by code: " + rows(store, "SELECT code_system || ' ' || code || "
                + "CASE WHEN record_id LIKE '%#%' THEN ' (component)' ELSE '' END || ' ' || count(*) FROM observation "
                + "GROUP BY code_system, code, record_id LIKE '%#%'"));
    }

    @Test
    void synthea_patients_land_in_unknown_geography_without_nhs_numbers() {
        assertThat(count(store, "person", "")).isGreaterThanOrEqualTo(4);
        assertThat(count(store, "person", "practice_code <> 'UNKNOWN' OR lsoa_code <> 'UNKNOWN'")).isZero();
        assertThat(rows(store, "SELECT DISTINCT nhs_number IS NULL FROM identity")).containsExactly("true");
        assertThat(count(store, "encounter", "")).isPositive();
        assertThat(count(store, "condition", "")).isPositive();
    }
}
