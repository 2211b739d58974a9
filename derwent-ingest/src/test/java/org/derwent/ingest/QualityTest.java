package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.derwent.ingest.quality.QualityChecker;
import org.derwent.ingest.quality.QualityReport;
import org.derwent.ingest.quality.QualityWriter;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known-answer quality report on the small extract plus a second load with planted problems. */
class QualityTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static QualityReport report;

    @BeforeAll
    static void loadAndCheck() throws IOException {
        Path later = dir.resolve("later");
        Files.createDirectories(later);
        Files.writeString(later.resolve("observations.csv"), String.join("\n",
                "id,patient_id,code_system,code,date,value,unit,source_org",
                "o-bad,pat-1,snomed,12345,2023-05-01,1,,C81001",
                "o-high,pat-1,snomed,72313002,2023-05-02,400,mm[Hg],C81001",
                "o-dupA,pat-3,snomed,72313002,2023-05-03,120,mm[Hg],C81003",
                "o-dupB,pat-3,snomed,72313002,2023-05-03,120,mm[Hg],C81003"));
        Files.writeString(later.resolve("diagnoses.csv"), String.join("\n",
                "id,encounter_id,patient_id,position,code_system,code", "d-9,e-3,pat-2,3,icd10,O80"));
        store = Store.inMemory();
        Fixtures.load(store, Fixtures.SMALL_CSV);
        Fixtures.load(store, later);
        report = new QualityChecker(store, Path.of("../reference/codelists")).check();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Map<String, Object> find(List<Map<String, Object>> rows, String key, Object value) {
        return rows.stream().filter(r -> value.equals(r.get(key))).findFirst().orElseThrow(() ->
                new AssertionError("no row with " + key + " = " + value + " in " + rows));
    }

    @Test
    void reports_each_load() {
        assertThat(report.loads()).hasSize(2);
        assertThat(report.loads().get(1)).containsEntry("records_read", 5L).containsEntry("records_loaded", 5L);
    }

    @Test
    void completeness_counts_missing_ethnicity_lsoa_and_practice() {
        assertThat(find(report.completeness(), "practice_code", "(all)")).containsEntry("persons", 3L)
                .containsEntry("missing_ethnicity", 1L).containsEntry("missing_lsoa", 1L)
                .containsEntry("missing_practice", 1L).containsEntry("no_nhs_number", 0L);
        assertThat(find(report.completeness(), "practice_code", "UNKNOWN")).containsEntry("persons", 1L);
    }

    @Test
    void validity_finds_malformed_codes_and_implausible_values() {
        Map<String, Object> obs = report.validity().get("codes").stream()
                .filter(r -> r.get("table").equals("observation") && r.get("source_org").equals("C81001")).findFirst()
                .orElseThrow();
        assertThat(obs).containsEntry("malformed_codes", 1L).containsEntry("examples", List.of("12345"));
        assertThat(report.validity().get("codes").stream().mapToLong(r -> (Long) r.get("malformed_codes")).sum())
                .isEqualTo(1);
        Map<String, Object> sbp = report.validity().get("values").stream()
                .filter(r -> r.get("measure").toString().startsWith("systolic") && r.get("source_org").equals("C81001"))
                .findFirst().orElseThrow();
        assertThat(sbp).containsEntry("rows", 2L).containsEntry("implausible", 1L);
    }

    @Test
    void consistency_finds_sex_specific_codes_in_the_other_sex() {
        assertThat(find(report.consistency().get("sex_specific_codes"), "rule",
                "pregnancy, childbirth and the puerperium (ICD-10 chapter O) in a male")).containsEntry("rows", 1L);
        assertThat(report.consistency().get("sex_specific_codes").stream().mapToLong(r -> (Long) r.get("rows")).sum())
                .isEqualTo(1);
    }

    @Test
    void uniqueness_finds_duplicate_rows_under_different_ids() {
        assertThat(find(report.uniqueness().get("duplicate_rows"), "tbl", "observation"))
                .containsEntry("duplicate_groups", 1L).containsEntry("rows_in_groups", 2L);
    }

    @Test
    void timeliness_gives_the_lag_of_each_source() {
        assertThat(find(report.timeliness(), "source_org", "C81001")).containsEntry("latest_event", "2024-02-10")
                .containsEntry("lag_days", 50L);
    }

    @Test
    void writes_json_and_markdown() throws IOException {
        Path md = QualityWriter.write(report, dir.resolve("out"));
        assertThat(md).content().contains("## Completeness").contains("| (all) | 3 | 1 | 1 | 1 | 0 |");
        assertThat(dir.resolve("out").resolve("quality.json")).content().contains("\"missing_ethnicity\" : 1");
    }
}
