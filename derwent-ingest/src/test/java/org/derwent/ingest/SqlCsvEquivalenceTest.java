package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derwent.ingest.csv.PlainCsvReader;
import org.derwent.ingest.source.FileHash;
import org.derwent.ingest.source.SourceScanner;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain CSV tables (clinical ones and patients.csv) read inside DuckDB give exactly the rows, quarantine (file, line, field, value, reason)
 * and counts of the record-by-record Java reader, for every kind of bad or unusual value.
 */
class SqlCsvEquivalenceTest {
    @TempDir
    static Path dir;
    private static Store sql;
    private static Store java;
    private static LoadReport sqlReport;
    private static LoadReport javaReport;

    @BeforeAll
    static void load() throws IOException {
        write("patients.csv", "patient_id,nhs_number,given_name,family_name,birth_date,sex,ethnic_category,postcode,"
                + "lsoa_code,practice_code,registration_date,death_date",
                "pat-1,9990000026,A,B,1950-03-15,F,A,,E01013453,C81001,2000-01-01,",
                "pat-2,9990000034,C,D,1980-07-01,M,Q,,,C81002,2010-06-01,2020-01-01",
                "pat-3,,E,F,1990-01-01,F,A,,,C81001,,",
                "pat-4,9990000042,G,H,1961-02,female,a,S43 1AB,E0101345,c81001,1999-01-01,",
                "pat-5,9990000041,I,J,1962-01-01,M,A,,,C81001,,",
                "pat-6,999 000 0050,K,L,1963-01-01,U,X,,,C81001,,",
                "pat-7,9990000069,M,N,1964-01-01,bad,A,,,C81001,,",
                "pat-8,9990000077,O,P,1965-01-01,I,Z,,E01013453,C81001,2001-01-01,1960-01-01",
                ",9990000085,Q,R,1966-01-01,F,B,,,C81001,,",
                "pat-9,9990000093,S,T,1967-01-01,other,b,,,C81001,2002-02-02,2022-02-02",
                "pat-10,9990000026,U,V,1968-01-01,F,A,,,C81001,,",
                "pat-11,,W,X,2099-01-01,F,A,,,C81001,,",
                "pat-12,,Y,Z,1969-01-01,F,AB,,,UNKNOWN,1990-01-01,",
                "pat-13,,Y,Z,1970-01-01,\u0130,A,,,C81001,,",
                "pat-14,,Y,Z,1971-01-01,F,\u017f,,,C81001,,");
        write("observations.csv", "id,patient_id,code_system,code,date,value,unit,source_org",
                "o1,pat-1,snomed,72313002,2023-01-01,140,mm[Hg],C81001",
                "o2,pat-1,snomed,72313002,2023-01-01,abc,mm[Hg],C81001",
                "o3,pat-1,read2,246..,2023-01-01,1,,C81001",
                "",
                "o4,nobody,snomed,72313002,2023-01-01,140,mm[Hg],C81001",
                "o5,pat-1,snomed,72313002,1940-01-01,140,mm[Hg],C81001",
                "o6,pat-2,snomed,72313002,2021-06-01,140,mm[Hg],C81002",
                "o7,pat-1,snomed,72313002,2025-01-01,140,mm[Hg],C81001",
                ",pat-1,snomed,72313002,2023-01-01,140,mm[Hg],C81001",
                "o8,pat-1,snomed,72313002,2023-01-02,141,mm[Hg],C81001",
                "o8,pat-1,snomed,72313002,2023-01-03,142,mm[Hg],C81001",
                "o9,pat-1,snomed,72313002,2023-02-30,1,,C81001",
                "o10,pat-1,SNOMED,72313002,2023-01-01T10:00:00,1e2,,C81001",
                "o11, pat-1 ,http://snomed.info/sct,72313002,2023-01-01,+5.5 ,mmol/L,",
                "o12,pat-3,snomed,72313002,2023-01-01,-0.25,µmol/L,C81001",
                "o13,pat-1,snomed,72313002,2023-01-01,1,2,3,4",
                "o14,pat-1,snomed,,2023-01-01,,,",
                "o15,pat-1,snomed,1,",
                "   ",
                "o16,pat-1,snomed,72313002,2023-1-5,,,C81001",
                "o17,pat-1,snomed,72313002,,,,C81001",
                "o18, pat-1,snomed,72313002,2023-01-01,,,C81001",
                "o19,pat-1 ,snomed,72313002,2023-01-01,,,C81001 ",
                "o20,pat-1,snomed,72313002,0999-01-01,,,C81001",
                "o21,pat-1,snomed,72313002,20230-01-01,,,C81001");
        write("medications.csv", "id,patient_id,code_system,code,issue_date,quantity,duration_days,repeat,source_org",
                "m1,pat-1,dmd,319283006,2022-10-27,28,28,false,C81001",
                "m2,pat-1,dmd,319283006,2022-10-27,28.5,28,Y,C81001",
                "m3,pat-1,dmd,319283006,2022-10-27,28,28.5,true,C81001",
                "m4,pat-1,dmd,319283006,2022-10-27,28,28,maybe,C81001",
                "m5,pat-1,dmd,319283006,2022-10-27,,,,",
                "m6,pat-1,dmd,319283006,2022-10-27,1e1,2.0,0,C81001");
        write("encounters.csv", "id,patient_id,setting,provider_code,start_date,end_date,admission_method,clinician_type,"
                + "service_type",
                "e1,pat-1,admitted,RTG,2022-04-07,2022-04-12,emergency,,ward",
                "e2,pat-1,gp,C81001,2022-04-07,2022-04-07,,nurse,general practice appointment",
                "e3,pat-1,hospital,RTG,2022-04-07,,,,",
                "e4,pat-1,ae,RTG,2022-04-07,2022-04-01,,,",
                "e5,pat-1,Admitted,RTG,2022-04-07,,,,",
                "e6,,gp,,2022-04-07,,,,");
        Files.createDirectories(dir.resolve("later"));
        write("later/encounters.csv", "id,patient_id,setting,provider_code,start_date,end_date,admission_method,"
                + "clinician_type,service_type,clinician_id",
                "e7,pat-1,gp,C81001,2022-05-01,2022-05-01,,gp,same_day,C81001-3",
                "e8,pat-1,gp,C81001,2022-05-02,2022-05-02,,gp,pre_booked,",
                "e9,pat-1,gp,C81001,2022-05-03,2022-05-03,,gp,same_day,C81001-4,extra");
        write("conditions.csv", "id,patient_id,code_system,code,onset_date,resolved_date,source_org",
                "c1,pat-1,snomed,38341003,2022-09-17,,C81001",
                "c2,pat-1,snomed,38341003,2022-09-17,2022-09-01,C81001",
                "c3,pat-1,snomed,38341003,2022-09-17,2022-09-17,C81001",
                "c4,pat-1,loinc,1234-5,2022-09-17,,C81001");
        write("diagnoses.csv", "id,encounter_id,patient_id,position,code_system,code",
                "d1,e1,pat-1,1,icd10,S525", "d2,e1,pat-1,two,icd10,W19", "d3,e1,pat-1,,http://hl7.org/fhir/sid/icd-10-uk,W19");
        write("procedures.csv", "id,patient_id,encounter_id,code_system,code,date,source_org",
                "x1,pat-1,,snomed,225323000,2022-04-21,C81001", "x2,pat-1,e1,opcs4,W401,2022-04-21,",
                "x3,pat-1,,snomed,225323000,2099-04-21,C81001");
        write("referrals.csv", "id,patient_id,code_system,code,date,service,source_org",
                "r1,pat-1,snomed,1025321000000109,2023-03-16,diabetes prevention programme,C81001",
                "r2,pat-9,snomed,1025321000000109,2023-03-16,,");
        write("registrations.csv", "patient_id,practice_code,start_date,end_date",
                "pat-1,C81001,2010-06-02,", "pat-2,XYZ,2012-10-19,2015-01-01", "pat-3,C81001,2012-10-19,2011-01-01",
                "pat-1,,2012-10-19,", "nobody,C81001,2012-10-19,");
        sql = Store.inMemory();
        java = Store.inMemory();
        sqlReport = new Loader(sql, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).load(List.of(dir));
        javaReport = new Loader(java, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).sqlCsv(false)
                .load(List.of(dir));
    }

    private static void write(String name, String... lines) throws IOException {
        Fixtures.writeLines(dir, name, lines);
    }

    @AfterAll
    static void close() {
        sql.close();
        java.close();
    }

    @Test
    void every_plain_table_takes_the_sql_path_patients_too() {
        long plain = SourceScanner.scan(List.of(dir)).files().stream()
                .filter(f -> PlainCsvReader.accepts(f, FileHash.scan(f.path(), false).plain())).count();
        assertThat(plain).isEqualTo(10);
    }

    @Test
    void quarantine_is_identical_line_for_line() {
        String q = "SELECT file, line, field, value, reason, resource_type FROM quarantine";
        assertThat(rows(sql, q)).isEqualTo(rows(java, q)).hasSize((int) javaReport.quarantined());
        assertThat(rows(sql, "SELECT field || ' / ' || reason FROM quarantine WHERE file = 'observations.csv' AND line = 17"))
                .containsExactly("(line) / malformed CSV line: expected 8 fields, found 9");
        assertThat(rows(sql, "SELECT count(*) FROM quarantine WHERE file = 'observations.csv' AND line = 20"))
                .containsExactly("1");
    }

    @Test
    void every_table_has_identical_rows_including_provenance() {
        Fixtures.assertSameTables(sql, java);
        assertThat(rows(sql, "SELECT record_id, value, unit FROM observation WHERE record_id IN ('o10', 'o11', 'o12')"))
                .containsExactly("o10|100.0|null", "o11|5.5|mmol/L", "o12|-0.25|µmol/L");
        assertThat(rows(sql, "SELECT count(*) FROM observation WHERE record_id IN ('o18', 'o19')")).containsExactly("2");
        assertThat(rows(sql, "SELECT record_id, clinician_id, service_type FROM encounter WHERE record_id IN ('e2', 'e7',"
                + " 'e8', 'e9') ORDER BY record_id")).containsExactly("e2|null|general practice appointment",
                "e7|C81001-3|same_day", "e8|null|pre_booked");
    }

    @Test
    void counts_are_identical_and_reconcile() {
        assertThat(sqlReport.reconciles()).isTrue();
        assertThat(sqlReport.read()).isEqualTo(javaReport.read());
        assertThat(sqlReport.loaded()).isEqualTo(javaReport.loaded());
        assertThat(sqlReport.quarantineReasons()).isEqualTo(javaReport.quarantineReasons());
        assertThat(sqlReport.loadedByType()).isEqualTo(javaReport.loadedByType());
        assertThat(sqlReport.files()).isEqualTo(javaReport.files());
    }
}
