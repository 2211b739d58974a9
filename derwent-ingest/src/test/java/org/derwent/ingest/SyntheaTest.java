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
        // Synthea codes observations in LOINC and medicines in RxNorm (not stored by Derwent), sometimes names the
        // medicine by reference, and writes a few records (death certification) dated after the death.
        assertThat(report.quarantineReasons().keySet()).allSatisfy(reason -> assertThat(reason).isIn(
                "unknown code system", "medicationReference is not supported: Derwent needs medicationCodeableConcept",
                Merger.AFTER_DEATH));
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
