package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derwent.store.schema.Store;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain CSV files written straight into empty store tables (no staging) give the record-by-record Java reader's
 * result when the same load also stages rows of those tables from FHIR: repeated record ids across the two are
 * settled by the last file and line whichever way the rows came in (a row already in the table is deleted and
 * quarantined when a staged one wins), unknown subjects and impossible dates are quarantined, and a second load into
 * the now non-empty tables upserts through staging.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectLoadTest {
    private static final String NHS = "\"subject\":{\"identifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\","
            + "\"value\":\"9990000026\"}}";
    private static final String SBP = "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"72313002\"}]}";
    @TempDir
    static Path first;
    @TempDir
    static Path second;
    private static Store sql;
    private static Store java;
    private static LoadReport sqlReport;
    private static LoadReport javaReport;

    @BeforeAll
    static void load() throws IOException {
        Fixtures.writeLines(first, "patients.csv", "patient_id,nhs_number,given_name,family_name,birth_date,sex,ethnic_category,"
                + "postcode,lsoa_code,practice_code,registration_date,death_date",
                "pat-1,9990000026,A,B,1950-03-15,F,A,,E01013453,C81001,2000-01-01,",
                "pat-2,9990000034,C,D,1980-07-01,M,Q,,,C81002,2010-06-01,2020-01-01");
        Fixtures.writeLines(first, "observations.csv", "id,patient_id,code_system,code,date,value,unit,source_org",
                "a1,pat-1,snomed,72313002,2023-01-01,140,mm[Hg],C81001",
                "a2,pat-1,snomed,72313002,2023-01-02,141,mm[Hg],C81001",
                "a3,nobody,snomed,72313002,2023-01-03,142,mm[Hg],C81001",
                "a4,pat-1,snomed,72313002,2023-1-4,143,mm[Hg],C81001",
                "a5,pat-2,snomed,72313002,2021-01-05,144,mm[Hg],C81002",
                "a6,pat-1,snomed,72313002,2023-01-06,145,mm[Hg],C81001",
                "a6,pat-1,snomed,72313002,2023-01-07,146,mm[Hg],C81001");
        // "Observation.ndjson" sorts before "observations.csv": its a1 loses to the CSV row already in the table
        Fixtures.writeLines(first, "Observation.ndjson", observation("a1", "2023-02-01"), observation("a7", "2023-02-02"));
        // "zz.ndjson" sorts after it: its a2 wins, and the CSV a2 already in the table is deleted and quarantined
        Fixtures.writeLines(first, "zz.ndjson", observation("a2", "2023-03-01"));
        Fixtures.writeLines(second, "observations.csv", "id,patient_id,code_system,code,date,value,unit,source_org",
                "a1,pat-1,snomed,72313002,2023-01-01,150,mm[Hg],C81001",
                "a8,pat-1,snomed,72313002,2023-04-01,151,mm[Hg],C81001");
        sql = Store.inMemory();
        java = Store.inMemory();
        sqlReport = new Loader(sql, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).load(List.of(first));
        javaReport = new Loader(java, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).sqlCsv(false)
                .load(List.of(first));
    }

    private static String observation(String id, String date) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\"," + SBP + "," + NHS + ",\"effectiveDateTime\":\""
                + date + "\",\"valueQuantity\":{\"value\":120}}";
    }

    @AfterAll
    static void close() {
        sql.close();
        java.close();
    }

    @Test
    @Order(1)
    void repeated_ids_across_direct_and_staged_rows_keep_the_last_file_and_line() {
        assertThat(rows(sql, "SELECT record_id, source_file, value FROM observation ORDER BY record_id")).containsExactly(
                "a1|observations.csv|140.0", "a2|zz.ndjson|120.0", "a6|observations.csv|146.0", "a7|Observation.ndjson|120.0");
        assertThat(rows(sql, "SELECT file, line, field, value, reason, resource_type FROM quarantine WHERE field = 'id'"))
                .containsExactly("Observation.ndjson|1|id|a1|" + "duplicate record_id in this load (the last occurrence was kept)|Observation",
                        "observations.csv|3|id|a2|duplicate record_id in this load (the last occurrence was kept)|observations.csv",
                        "observations.csv|7|id|a6|duplicate record_id in this load (the last occurrence was kept)|observations.csv");
    }

    @Test
    @Order(2)
    void the_first_load_equals_the_java_reader() {
        Fixtures.assertSameTables(sql, java);
        assertThat(sqlReport.reconciles()).isTrue();
        assertThat(sqlReport.files()).isEqualTo(javaReport.files());
        assertThat(sqlReport.loadedByType()).isEqualTo(javaReport.loadedByType());
        assertThat(sqlReport.quarantineReasons()).isEqualTo(javaReport.quarantineReasons());
    }

    @Test
    @Order(3)
    void a_second_load_into_filled_tables_upserts_like_the_java_reader() {
        LoadReport s = new Loader(sql, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).load(List.of(second));
        LoadReport j = new Loader(java, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).sqlCsv(false)
                .load(List.of(second));
        assertThat(s.files()).isEqualTo(j.files());
        for (Table t : List.of(StoreSchema.OBSERVATION, StoreSchema.QUARANTINE)) {
            String q = "SELECT * FROM " + t.name();
            assertThat(rows(sql, q)).as(t.name()).isEqualTo(rows(java, q));
        }
        assertThat(rows(sql, "SELECT record_id, value, load_id FROM observation WHERE record_id IN ('a1', 'a8')"))
                .containsExactly("a1|150.0|2", "a8|151.0|2");
    }

    @Test
    @Order(4)
    void rows_of_patients_from_an_earlier_load_are_keyed_from_the_lines_left_over(@TempDir Path people,
                                                                                  @TempDir Path clinical) throws IOException {
        Files.copy(first.resolve("patients.csv"), people.resolve("patients.csv"));
        Files.copy(first.resolve("observations.csv"), clinical.resolve("observations.csv"));
        try (Store s = Store.inMemory(); Store j = Store.inMemory()) {
            for (Path dir : List.of(people, clinical)) {
                new Loader(s, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).load(List.of(dir));
                new Loader(j, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).sqlCsv(false).load(List.of(dir));
            }
            for (Table t : List.of(StoreSchema.OBSERVATION, StoreSchema.QUARANTINE)) {
                String q = "SELECT * FROM " + t.name();
                assertThat(rows(s, q)).as(t.name()).isEqualTo(rows(j, q));
            }
            assertThat(rows(s, "SELECT count(*) FROM observation")).containsExactly("3");
        }
    }
}
