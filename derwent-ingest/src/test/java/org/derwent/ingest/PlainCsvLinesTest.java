package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.rows;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big plain CSV read inside DuckDB keeps every record's real file line, across blank lines, many row groups and
 * many chunks scanned in parallel.
 */
class PlainCsvLinesTest {
    @TempDir
    Path dir;

    @Test
    void quarantined_and_loaded_rows_carry_their_file_line() throws IOException {
        Files.writeString(dir.resolve("patients.csv"), "patient_id,nhs_number,given_name,family_name,birth_date,sex,"
                + "ethnic_category,postcode,lsoa_code,practice_code,registration_date,death_date\n"
                + "p1,9990000026,A,B,1950-03-15,F,A,,E01013453,C81001,2000-01-01,\n");
        Set<Integer> bad = Set.of(2, 4_097, 123_457, 250_001, 300_001);
        Set<Integer> blank = Set.of(3, 70_000, 200_000);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("observations.csv"))) {
            w.write("id,patient_id,code_system,code,date,value,unit,source_org\n");
            for (int line = 2; line <= 300_001; line++) {
                if (blank.contains(line)) {
                    w.write("\n");
                } else {
                    w.write("o" + line + ",p1,snomed,1," + (bad.contains(line) ? "2099-01-01" : "2020-01-01") + "," + line
                            + ",,\n");
                }
            }
        }
        try (Store store = Store.inMemory()) {
            // a 64 KiB read buffer makes DuckDB scan the 10 MB file as ~150 chunks on parallel threads
            LoadReport report = new Loader(store, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE)
                    .csvBufferSize(65_536).load(java.util.List.of(dir));
            assertThat(report.reconciles()).isTrue();
            assertThat(report.read()).isEqualTo(1 + 300_000 - blank.size());
            assertThat(rows(store, "SELECT line FROM quarantine")).containsExactlyInAnyOrder("2", "4097", "123457",
                    "250001", "300001");
            assertThat(rows(store, "SELECT count(*) FROM observation WHERE source_line <> CAST(value AS BIGINT) "
                    + "OR record_id <> 'o' || source_line")).containsExactly("0");
        }
    }
}
