package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.count;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad CSV input lands in quarantine with file, line, field and reason; the rest loads. */
class CsvQuarantineTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static LoadReport report;

    @BeforeAll
    static void load() throws IOException {
        Files.writeString(dir.resolve("patients.csv"), String.join("\n",
                "patient_id,nhs_number,given_name,family_name,birth_date,sex,ethnic_category,postcode,lsoa_code,practice_code,registration_date,death_date",
                "pat-1,9990000026,A,B,1950-03-15,F,A,,E01013453,C81001,2000-01-01,",
                "pat-2,9990000034,C,D,1980-07-01,M,Q,,,C81002,2010-06-01,2020-01-01",
                "pat-3,9990000027,E,F,1990-01-01,F,A,,,C81001,,",
                "pat-4,9990000042,G,H,2030-01-01,F,A,,,C81001,,",
                "pat-5,9990000050,I,J,2000-01-01,M,A,,,C81001,,1999-01-01",
                "pat-6,1",
                "pat-7,,K,L,2001-02-03,X,A,,,C81001,,") + "\n");
        Files.writeString(dir.resolve("observations.csv"), String.join("\n",
                "id,patient_id,code_system,code,date,value,unit,source_org",
                "o-ok,pat-1,snomed,72313002,2023-01-01,140,mm[Hg],C81001",
                "o-val,pat-1,snomed,72313002,2023-01-01,abc,mm[Hg],C81001",
                "o-sys,pat-1,read2,246..,2023-01-01,1,,C81001",
                "o-sub,nobody,snomed,72313002,2023-01-01,140,mm[Hg],C81001",
                "o-before,pat-1,snomed,72313002,1940-01-01,140,mm[Hg],C81001",
                "o-after,pat-2,snomed,72313002,2021-06-01,140,mm[Hg],C81002",
                "o-future,pat-1,snomed,72313002,2025-01-01,140,mm[Hg],C81001",
                ",pat-1,snomed,72313002,2023-01-01,140,mm[Hg],C81001",
                "o-dup,pat-1,snomed,72313002,2023-01-02,141,mm[Hg],C81001",
                "o-dup,pat-1,snomed,72313002,2023-01-03,142,mm[Hg],C81001",
                "o-date,pat-1,snomed,72313002,2023-02-30,1,,C81001",
                "o-q,pat-1,snomed,\"72313002,2023-01-01,1,u,X"));
        store = Store.inMemory();
        report = Fixtures.load(store, dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String at(String file, int line) {
        return rows(store, "SELECT field || ' / ' || reason FROM quarantine WHERE file = '" + file + "' AND line = " + line)
                .toString();
    }

    @Test
    void counts_reconcile() {
        assertThat(report.reconciles()).isTrue();
        assertThat(report.read()).isEqualTo(7 + 12);
        assertThat(report.loaded()).isEqualTo(count(store, "person", "") + count(store, "observation", ""));
        assertThat(count(store, "observation", "")).isEqualTo(2);
        assertThat(rows(store, "SELECT record_id, value FROM observation")).containsExactly("o-dup|142.0", "o-ok|140.0");
    }

    @Test
    void invalid_nhs_number_is_quarantined_and_masked() {
        assertThat(at("patients.csv", 4)).contains("nhs_number / invalid NHS number (Modulus 11 check failed)");
        assertThat(rows(store, "SELECT value FROM quarantine WHERE field = 'nhs_number'")).containsExactly("********27");
    }

    @Test
    void future_dates_are_quarantined() {
        assertThat(at("patients.csv", 5)).contains("birth_date / date in the future");
        assertThat(at("observations.csv", 8)).contains("date / date in the future");
    }

    @Test
    void impossible_dates_are_quarantined() {
        assertThat(at("patients.csv", 6)).contains("death_date / death before birth");
        assertThat(at("observations.csv", 6)).contains("obs_date / date before the patient's birth");
        assertThat(at("observations.csv", 7)).contains("obs_date / date after the patient's death");
        assertThat(at("observations.csv", 12)).contains("date / not a valid date");
    }

    @Test
    void malformed_lines_are_quarantined() {
        assertThat(at("patients.csv", 7)).contains("(line) / malformed CSV line: expected 12 fields, found 2");
        assertThat(at("observations.csv", 13)).contains("(line) / malformed CSV line: unterminated quoted field");
    }

    @Test
    void missing_required_fields_wrong_types_and_unknown_codes_are_quarantined() {
        assertThat(at("observations.csv", 9)).contains("id / missing required field");
        assertThat(at("observations.csv", 3)).contains("value / not a number");
        assertThat(at("observations.csv", 4)).contains("code_system / unknown code system");
        assertThat(at("patients.csv", 8)).contains("sex / unknown sex");
    }

    @Test
    void unknown_subjects_and_duplicate_ids_are_quarantined_at_merge() {
        assertThat(at("observations.csv", 5)).contains("subject / unknown subject");
        assertThat(at("observations.csv", 10)).contains("id / duplicate record_id in this load");
    }

    @Test
    void unknown_ethnic_code_loads_as_unknown() {
        assertThat(rows(store, "SELECT ethnic_category, ethnic_group FROM person WHERE birth_year = 1980"))
                .containsExactly("null|unknown");
    }
}
