package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derwent.ingest.fhir.sql.PlainNdjsonReader;
import org.derwent.ingest.source.JsonLines;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FHIR NDJSON files of Observations, MedicationRequests and Conditions mapped inside DuckDB give exactly the rows,
 * quarantine (file, line, field, value, reason) and counts of the line-by-line Java reader: for unusual but compact
 * lines (which the SQL maps or hands to Java line by line), and for files DuckDB must not map at all (not compact,
 * malformed, of another shape, a repeated member name, a blank line), which go to Java whole. Both ways the SQL
 * writes: straight into empty store tables (a first load), and into staging (a later load, into tables that hold
 * rows of an earlier one).
 */
class SqlNdjsonEquivalenceTest {
    private static final String SCT = "http://snomed.info/sct";
    @TempDir
    static Path dir;
    private static Store sql;
    private static Store java;
    @TempDir
    static Path seed;
    private static LoadReport sqlReport;
    private static LoadReport javaReport;
    private static final List<String> sqlPhases = new ArrayList<>();
    private static Store sqlLater;
    private static Store javaLater;
    private static LoadReport sqlLaterReport;
    private static LoadReport javaLaterReport;
    private static final List<String> laterPhases = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        Files.copy(Fixtures.SMALL_NDJSON.resolve("Patient.ndjson"), dir.resolve("Patient.ndjson"));
        write("Observation.ndjson",
                obs("o1", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02T10:00:00Z", "{\"value\":142,\"unit\":\"mm[Hg]\"}", ""),
                obs("o2", code("http://read.info/readv2", "246.."), "Patient/pat-1", "2023-11-02", "", ""),
                obs("o3", code("http://loinc.org", "8480-6"), "Patient/pat-1", "2023-11-02", "{\"value\":141,\"unit\":\"mm[Hg]\"}", ""),
                obs("o4", code("http://loinc.org", "1234-5"), "Patient/pat-1", "2023-11-02", "{\"value\":1.50,\"unit\":\"mg\"}", ""),
                obs("o5", "{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"1234-5\"},{\"system\":\"" + SCT
                        + "\",\"code\":\"60621009\"}]}", "Patient/pat-2", "2022-01-15", "{\"value\":31.4,\"code\":\"kg/m2\"}", ""),
                obs("o6", code(SCT, "72313002"), "Patient/nobody", "2023-11-02", "", ""),
                obs("o7", code(SCT, "72313002"), "urn:uuid:pat-2", "2022-11-02", "", ""),
                obs("o8", code(SCT, "72313002"), "Patient/pat-1", "2099-01-01", "", ""),
                obs("o9", code(SCT, "72313002"), "Patient/pat-1", "2023-02-30", "", ""),
                obs("o10", code(SCT, "72313002"), "Patient/pat-1", "1940-01-01", "", ""),
                obs("o11", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "{\"value\":\"abc\",\"unit\":\"mm[Hg]\"}", ""),
                obs("o12", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "{\"value\":1e2}", ""),
                obs("o13", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "", ",\"performer\":[{\"reference\":"
                        + "\"Practitioner/x\"},{\"reference\":\"Organization/C81002\"}]"),
                obs("o14", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "", ""),
                obs("o14", code(SCT, "72313002"), "Patient/pat-1", "2023-11-03", "", ",\"performer\":[{\"reference\":"
                        + "\"Organization/C81002\"}]"),
                "{\"resourceType\":\"Observation\",\"id\":10000000.0,\"code\":" + code(SCT, "72313002") + ",\"subject\":"
                        + "{\"reference\":\"Patient/pat-1\"},\"effectiveDateTime\":\"2023-11-02\"}",
                "{\"resourceType\":\"Observation\",\"id\":12345,\"code\":{\"coding\":[{\"system\":\"" + SCT
                        + "\",\"code\":72313002}]},\"subject\":{\"reference\":\"Patient/pat-1\"},\"effectiveDateTime\":\"2023-11-02\"}",
                obs("o 15", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "", ""),
                "{\"resourceType\":\"Observation\",\"code\":" + code(SCT, "72313002") + ",\"subject\":{\"reference\":"
                        + "\"Patient/pat-1\"},\"effectiveDateTime\":\"2023-11-02\"}",
                "{\"resourceType\":\"Observation\",\"id\":\"o16\",\"code\":" + code(SCT, "72313002") + ",\"subject\":"
                        + "{\"identifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9990000026\"}},"
                        + "\"effectiveDateTime\":\"2023-11-02\"}",
                "{\"resourceType\":\"Observation\",\"id\":\"o17\",\"code\":" + code(SCT, "75367002") + ",\"subject\":"
                        + "{\"reference\":\"Patient/pat-1\"},\"effectivePeriod\":{\"start\":\"2023-11-02\"},\"component\":"
                        + "[{\"code\":" + code(SCT, "72313002") + ",\"valueQuantity\":{\"value\":120,\"unit\":\"mm[Hg]\"}}]}",
                obs("o18", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "{\"value\":5,\"unit\":7}", ""),
                "{\"resourceType\":\"Condition\",\"id\":\"c-in-obs\",\"code\":" + code(SCT, "38341003") + ",\"subject\":"
                        + "{\"reference\":\"Patient/pat-1\"},\"onsetDateTime\":\"2015-04-01\"}",
                "{\"resourceType\":\"Claim\",\"id\":\"cl-1\",\"status\":\"active\"}",
                obs("o19", code(SCT, "72313002"), "Patient/pat-3", "2023-11-02", "{\"value\":0.0001}", ""));
        String dmd = "https://dmd.nhs.uk";
        String course = "\"courseOfTherapyType\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/"
                + "medicationrequest-course-of-therapy\",\"code\":\"continuous\"}]}";
        write("MedicationRequest.ndjson",
                med("m1", "\"authoredOn\":\"2024-01-05\",\"requester\":{\"reference\":\"Organization/C81001\"}," + course
                        + ",\"dispenseRequest\":{\"quantity\":{\"value\":28},\"expectedSupplyDuration\":{\"value\":4,"
                        + "\"unit\":\"weeks\",\"code\":\"wk\"}}", dmd),
                med("m2", "\"authoredOn\":\"2024-01-05\",\"dispenseRequest\":{\"quantity\":{\"value\":28.5},"
                        + "\"expectedSupplyDuration\":{\"value\":2,\"code\":\"mo\"}}", dmd),
                med("m3", "\"authoredOn\":\"2024-01-05\",\"dispenseRequest\":{\"expectedSupplyDuration\":{\"value\":28.0}}", dmd),
                med("m4", "\"authoredOn\":\"2030-01-05\"", dmd),
                med("m5", "\"authoredOn\":\"2024-01-05\",\"performer\":{\"reference\":\"Organization/RTG\"}", dmd),
                "{\"resourceType\":\"MedicationRequest\",\"id\":\"m6\",\"medicationReference\":{\"reference\":"
                        + "\"Medication/x\"},\"subject\":{\"reference\":\"Patient/pat-1\"},\"authoredOn\":\"2024-01-05\"}",
                med("m7", "\"authoredOn\":\"2024-01-05\"", "http://www.nlm.nih.gov/research/umls/rxnorm"));
        write("Condition.ndjson",
                cond("c1", code(SCT, "38341003"), "\"onsetDateTime\":\"2015-04-01\",\"recorder\":{\"reference\":"
                        + "\"Organization/C81001\"}"),
                cond("c2", code(SCT, "44054006"), "\"recordedDate\":\"2018-09-10\""),
                cond("c3", code(SCT, "44054006"), "\"onsetDateTime\":\"2018-09-10\",\"abatementDateTime\":\"2018-01-01\""),
                cond("c4", code(SCT, "44054006"), "\"onsetDateTime\":\"2018-09-10\",\"abatementDateTime\":\"2019-01-01\""),
                cond("d1", code("http://hl7.org/fhir/sid/icd-10", "I21.9"), "\"category\":[{\"coding\":[{\"system\":"
                        + "\"http://terminology.hl7.org/CodeSystem/condition-category\",\"code\":\"encounter-diagnosis\"}]}],"
                        + "\"onsetDateTime\":\"2022-12-24\""),
                cond("c5", code(SCT, "44054006"), "\"onsetPeriod\":{\"start\":\"2017-01-01\"}"),
                cond("c6", code(SCT, "44054006"), "\"asserter\":{\"reference\":\"Organization/C81002\"}"));
        // files DuckDB must not map: each goes to the Java reader whole
        write("NotCompact.ndjson", obs("n1", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02",
                "{\"value\":-5}", ""), obs("n2", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "", ",\"note\":null"));
        write("Malformed.ndjson", obs("x1", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "", ""),
                "{\"resourceType\":\"Observation\",\"id\":\"x2\"");
        write("OtherShape.ndjson", obs("s1", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "", ""),
                "{\"resourceType\":\"Observation\",\"id\":\"s2\",\"code\":\"72313002\",\"subject\":{\"reference\":"
                        + "\"Patient/pat-1\"},\"effectiveDateTime\":\"2023-11-02\"}");
        write("Repeated.ndjson", obs("r1", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "", ""),
                obs("r2", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "", ",\"id\":\"r3\""));
        write("Blank.ndjson", obs("b1", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "", ""), "",
                obs("b2", code(SCT, "72313002"), "Patient/pat-1", "2023-11-02", "", ""));
        sql = Store.inMemory();
        java = Store.inMemory();
        sqlReport = new Loader(sql, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, phases(sqlPhases)).load(List.of(dir));
        javaReport = new Loader(java, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE)
                .sqlNdjson(false).load(List.of(dir));
        // a later load: the tables hold an earlier load's rows (one repeated by the later files), so the SQL stages
        Files.copy(dir.resolve("Patient.ndjson"), seed.resolve("Patient.ndjson"));
        Fixtures.writeLines(seed, "Seed.ndjson",
                obs("o1", code(SCT, "72313002"), "Patient/pat-1", "2023-01-01", "", ""),
                med("m0", "\"authoredOn\":\"2023-01-05\"", "https://dmd.nhs.uk"),
                cond("c0", code(SCT, "38341003"), "\"onsetDateTime\":\"2015-04-01\""));
        sqlLater = Store.inMemory();
        javaLater = Store.inMemory();
        new Loader(sqlLater, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).load(List.of(seed));
        new Loader(javaLater, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).sqlNdjson(false)
                .load(List.of(seed));
        sqlLaterReport = new Loader(sqlLater, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, phases(laterPhases))
                .load(List.of(dir));
        javaLaterReport = new Loader(javaLater, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE)
                .sqlNdjson(false).load(List.of(dir));
    }

    private static LoadListener phases(List<String> into) {
        return new LoadListener() {
            @Override
            public void phase(String description) {
                into.add(description);
            }
        };
    }

    private static String code(String system, String code) {
        return "{\"coding\":[{\"system\":\"" + system + "\",\"code\":\"" + code + "\"}]}";
    }

    private static String obs(String id, String code, String subject, String date, String quantity, String more) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\",\"code\":" + code
                + ",\"subject\":{\"reference\":\"" + subject + "\"},\"effectiveDateTime\":\"" + date + "\""
                + (quantity.isEmpty() ? "" : ",\"valueQuantity\":" + quantity) + more + "}";
    }

    private static String med(String id, String rest, String system) {
        return "{\"resourceType\":\"MedicationRequest\",\"id\":\"" + id + "\",\"medicationCodeableConcept\":"
                + code(system, "10287111000001103") + ",\"subject\":{\"reference\":\"Patient/pat-1\"}," + rest + "}";
    }

    private static String cond(String id, String code, String rest) {
        return "{\"resourceType\":\"Condition\",\"id\":\"" + id + "\",\"code\":" + code + ",\"subject\":{\"reference\":"
                + "\"Patient/pat-2\"}," + rest + "}";
    }

    private static void write(String name, String... lines) throws IOException {
        Fixtures.writeLines(dir, name, lines);
    }

    @AfterAll
    static void close() {
        sql.close();
        java.close();
        sqlLater.close();
        javaLater.close();
    }

    @Test
    void the_compact_files_are_mapped_by_sql_and_the_others_are_not() {
        for (String f : List.of("Observation.ndjson", "MedicationRequest.ndjson", "Condition.ndjson", "Malformed.ndjson",
                "OtherShape.ndjson", "Repeated.ndjson", "Blank.ndjson")) {
            assertThat(PlainNdjsonReader.accepts(JsonLines.of(dir.resolve(f)))).as(f).isTrue();
        }
        assertThat(PlainNdjsonReader.accepts(JsonLines.of(dir.resolve("NotCompact.ndjson")))).isFalse();
        // straight into the store, the subject must be linked and the date within life: o6 and o10 go to Java
        assertThat(sqlPhases).contains("mapped 10 of 25 lines of Observation.ndjson inside DuckDB",
                "mapped 4 of 7 lines of MedicationRequest.ndjson inside DuckDB",
                "mapped 3 of 7 lines of Condition.ndjson inside DuckDB");
        assertThat(sqlPhases).noneMatch(p -> p.startsWith("mapped") && (p.contains("Malformed") || p.contains("Shape")
                || p.contains("Repeated") || p.contains("Blank")));
        // a first load writes straight into the empty tables; a later one stages
        assertThat(sqlPhases).contains("loading Observation.ndjson", "loading MedicationRequest.ndjson",
                "loading Condition.ndjson");
        assertThat(laterPhases).contains("mapped 12 of 25 lines of Observation.ndjson inside DuckDB")
                .noneMatch(p -> p.startsWith("loading"));
    }

    @Test
    void quarantine_is_identical_line_for_line() {
        String q = "SELECT file, line, field, value, reason, resource_type FROM quarantine";
        assertThat(rows(sql, q)).isEqualTo(rows(java, q)).hasSize((int) javaReport.quarantined());
        assertThat(javaReport.quarantined()).isGreaterThan(10);
        assertThat(rows(sqlLater, q)).isEqualTo(rows(javaLater, q));
        assertThat(rows(sql, q + " WHERE reason LIKE 'duplicate record_id%'")).hasSize(1);
    }

    @Test
    void every_table_has_identical_rows_including_provenance() {
        Fixtures.assertSameTables(sql, java);
        Fixtures.assertSameTables(sqlLater, javaLater);
        assertThat(rows(sqlLater, "SELECT obs_date FROM observation WHERE record_id = 'o1'")).containsExactly("2023-11-02");
        assertThat(rows(sql, "SELECT record_id, code_system, code, value, unit, source_org FROM observation WHERE "
                + "record_id IN ('o1', 'o3', 'o5', 'o13', 'o14', '12345')")).containsExactlyInAnyOrder(
                "12345|snomed|72313002|null|null|null", "o1|snomed|72313002|142.0|mm[Hg]|null",
                "o13|snomed|72313002|null|null|null", "o14|snomed|72313002|null|null|C81002",
                "o3|snomed|271649006|141.0|mmHg|null", "o5|snomed|60621009|31.4|kg/m2|null");
        assertThat(rows(sql, "SELECT record_id, quantity, duration_days, is_repeat, source_org FROM medication ORDER BY "
                + "record_id")).contains("m1|28.0|28|true|C81001", "m2|28.5|60|null|null");
    }

    @Test
    void counts_are_identical_and_reconcile() {
        assertThat(sqlReport.reconciles()).isTrue();
        assertThat(sqlReport.read()).isEqualTo(javaReport.read());
        assertThat(sqlReport.loaded()).isEqualTo(javaReport.loaded());
        assertThat(sqlReport.skippedByType()).isEqualTo(javaReport.skippedByType()).isEqualTo(1);
        assertThat(sqlReport.quarantineReasons()).isEqualTo(javaReport.quarantineReasons());
        assertThat(sqlReport.loadedByType()).isEqualTo(javaReport.loadedByType());
        assertThat(sqlReport.files()).isEqualTo(javaReport.files());
        assertThat(sqlLaterReport.reconciles()).isTrue();
        assertThat(sqlLaterReport.quarantineReasons()).isEqualTo(javaLaterReport.quarantineReasons());
        assertThat(sqlLaterReport.loadedByType()).isEqualTo(javaLaterReport.loadedByType());
        assertThat(sqlLaterReport.files()).isEqualTo(javaLaterReport.files());
    }
}
