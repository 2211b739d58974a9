package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeats within one load are settled by the last file and line: two patient records with one NHS number are one
 * person (the later wins), and a registration repeated for the same person, practice and start date is kept once (the
 * later end date). The merge skips its ranking windows when a load has no repeats, so this checks they still run.
 */
class MergeRepeatsTest {
    @Test
    void the_last_patient_record_and_registration_win(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("patients.csv"), String.join("\n",
                "patient_id,nhs_number,given_name,family_name,birth_date,sex,ethnic_category,postcode,lsoa_code,"
                        + "practice_code,registration_date,death_date",
                "pat-1,9990000026,A,B,1950-03-15,F,A,,E01013453,C81001,,",
                "pat-2,9990000034,C,D,1980-07-01,M,Q,,,C81002,,",
                "pat-1b,9990000026,A,B,1950-03-15,F,A,,E01013453,C81002,,") + "\n");
        Files.writeString(dir.resolve("registrations.csv"), String.join("\n", "patient_id,practice_code,start_date,end_date",
                "pat-2,C81002,2010-06-01,2015-01-01", "pat-2,C81002,2010-06-01,2016-01-01",
                "pat-2,C81001,2016-01-02,") + "\n");
        try (Store store = Store.inMemory()) {
            LoadReport report = Fixtures.load(store, dir);
            assertThat(report.peopleMerged()).isEqualTo(1);
            assertThat(rows(store, "SELECT practice_code FROM person")).containsExactly("C81002", "C81002");
            assertThat(rows(store, "SELECT count(*) FROM person_source")).containsExactly("3");
            assertThat(rows(store, "SELECT practice_code, start_date, end_date, source_line FROM registration "
                    + "WHERE source_file = 'registrations.csv'")).containsExactly("C81001|2016-01-02|null|4",
                    "C81002|2010-06-01|2016-01-01|3");
        }
    }
}
