package org.derwent.cli.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.derwent.ingest.FileReport;
import org.derwent.ingest.LoadListener;
import org.derwent.ingest.LoadReport;
import org.derwent.ingest.Loader;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.ingest.quality.QualityChecker;
import org.derwent.ingest.quality.QualityReport;
import org.derwent.model.footprint.FootprintLoader;
import org.derwent.model.footprint.Ics;
import org.derwent.store.schema.Store;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;
import org.derwent.synth.generate.GenerationResult;
import org.derwent.synth.generate.Generator;
import org.derwent.synth.generate.GeneratorOptions;
import org.derwent.synth.generate.OutputFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small generated Derby and Derbyshire population, written as CSV and as FHIR NDJSON, loads with the real
 * loader without a single quarantined record, every record the generator counted is loaded, both formats give
 * the same store content counts, and the quality check finds no event outside a patient's life.
 */
class GeneratedExtractRoundTripTest {
    static final Path CODELISTS = Path.of("..", "reference", "codelists");
    static final Path DERBYSHIRE = Path.of("..", "config", "derby-derbyshire");
    /** ICS-wide living patients; with three practices this gives a few thousand patients. */
    static final long PATIENTS = 100_000;

    @TempDir
    static Path dir;
    private static GenerationResult generated;
    private static Store csv;
    private static Store fhir;
    private static LoadReport csvReport;
    private static LoadReport fhirReport;

    @BeforeAll
    static void generateAndLoad() {
        Ics ics = FootprintLoader.load(DERBYSHIRE);
        Set<String> practices = new TreeSet<>(ics.practicesByCode().keySet()).stream().limit(3)
                .collect(java.util.stream.Collectors.toSet());
        Path out = dir.resolve("extract");
        generated = Generator.run(new GeneratorOptions(ics, CODELISTS, PATIENTS, 1, ics.referenceDate(), OutputFormat.BOTH,
                out, practices, 2, n -> { }));
        csv = Store.duckDb(dir.resolve("csv.duckdb"));
        fhir = Store.duckDb(dir.resolve("fhir.duckdb"));
        csv.writeFootprint(ics);
        fhir.writeFootprint(ics);
        csvReport = load(csv, out.resolve("csv"), ics.referenceDate());
        fhirReport = load(fhir, out.resolve("fhir"), ics.referenceDate());
    }

    @AfterAll
    static void close() {
        csv.close();
        fhir.close();
    }

    private static LoadReport load(Store store, Path source, LocalDate extractDate) {
        Pseudonymiser pseudonymiser = new Pseudonymiser("round-trip-test-key-0123456789abcdef".getBytes());
        return new Loader(store, pseudonymiser, extractDate, LoadListener.NONE).load(List.of(source));
    }

    @Test
    void a_few_thousand_patients_are_generated() {
        assertThat(generated.patients()).isBetween(1_000L, 20_000L);
        assertThat(generated.deceased()).isPositive();
    }

    @Test
    void csv_load_quarantines_nothing_and_loads_every_generated_row() {
        assertThat(csvReport.quarantined()).as(csvReport.quarantineReasons().toString()).isZero();
        assertThat(csvReport.skippedByType()).isZero();
        assertThat(csvReport.loaded()).isEqualTo(csvReport.read());
        assertEveryFileLoadedAsGenerated(csvReport);
    }

    @Test
    void fhir_load_quarantines_nothing_and_loads_every_generated_resource() {
        assertThat(fhirReport.quarantined()).as(fhirReport.quarantineReasons().toString()).isZero();
        assertThat(fhirReport.loaded() + fhirReport.skippedByType()).isEqualTo(fhirReport.read());
        assertEveryFileLoadedAsGenerated(fhirReport);
    }

    private static void assertEveryFileLoadedAsGenerated(LoadReport report) {
        assertThat(report.reconciles()).isTrue();
        assertThat(report.files()).isNotEmpty();
        for (FileReport f : report.files()) {
            String name = Path.of(f.file()).getFileName().toString();
            assertThat(generated.records()).as("generator count for " + name).containsKey(name);
            assertThat(f.read()).as("records read from " + name).isEqualTo(generated.records().get(name));
            assertThat(f.quarantined()).as("quarantined from " + name).isZero();
            assertThat(f.loaded() + f.skippedByType()).as("loaded from " + name).isEqualTo(f.read());
        }
    }

    @Test
    void csv_and_fhir_loads_give_the_same_people_and_clinical_row_counts() {
        Map<String, Long> fromCsv = tableCounts(csv);
        Map<String, Long> fromFhir = tableCounts(fhir);
        assertThat(fromCsv.get("person")).isEqualTo(generated.patients());
        assertThat(fromFhir).isEqualTo(fromCsv);
        assertThat(fromCsv.values()).allMatch(n -> n > 0);
    }

    /** FHIR carries only the current practice (Patient.generalPractitioner); CSV also lists earlier registrations. */
    @Test
    void fhir_gives_one_registration_per_person_and_csv_adds_previous_practices() {
        long people = count(csv, "person");
        assertThat(count(fhir, "registration")).isEqualTo(people);
        assertThat(count(csv, "registration")).isEqualTo(generated.records().get("registrations.csv")).isGreaterThan(people);
    }

    @Test
    void quality_check_finds_no_event_outside_a_life() {
        for (Store s : List.of(csv, fhir)) {
            QualityReport q = new QualityChecker(s, CODELISTS).check();
            assertThat(q.consistency().get("events_outside_life")).as(s.url()).isEmpty();
        }
    }

    @Test
    void quality_check_finds_no_sex_specific_code_in_the_other_sex() {
        for (Store s : List.of(csv, fhir)) {
            List<Map<String, Object>> rules = new QualityChecker(s, CODELISTS).check().consistency().get("sex_specific_codes");
            assertThat(rules).as(s.url()).isNotEmpty();
            assertThat(rules).as(s.url()).allSatisfy(r -> assertThat(((Number) r.get("rows")).longValue()).as(r.toString()).isZero());
        }
    }

    private static Map<String, Long> tableCounts(Store store) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("person", count(store, "person"));
        for (Table t : StoreSchema.CLINICAL) {
            counts.put(t.name(), count(store, t.name()));
        }
        return counts;
    }

    private static long count(Store store, String table) {
        try (Connection c = store.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("count of " + table + " in " + store.url() + ": " + e.getMessage(), e);
        }
    }
}
