package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain CSV file written straight into its empty store table, with nothing staged beside it: when the file's ids are
 * proven all different while it is hashed, the store is not asked again; when one repeats, the store's check still
 * finds it, and the result equals the Java reader's either way.
 */
class DirectIdsTest {
    private static final String PATIENTS = "patient_id,nhs_number,given_name,family_name,birth_date,sex,ethnic_category,"
            + "postcode,lsoa_code,practice_code,registration_date,death_date";
    private static final String HEADER = "id,patient_id,code_system,code,date,value,unit,source_org";

    private static void write(Path dir, String... observations) throws IOException {
        Fixtures.writeLines(dir, "patients.csv", PATIENTS, "pat-1,9990000026,A,B,1950-03-15,F,A,,E01013453,C81001,2000-01-01,");
        String[] lines = new String[observations.length + 1];
        lines[0] = HEADER;
        System.arraycopy(observations, 0, lines, 1, observations.length);
        Fixtures.writeLines(dir, "observations.csv", lines);
    }

    private static void loadBothWays(Path dir, String... expected) {
        try (Store sql = Store.inMemory(); Store java = Store.inMemory()) {
            LoadReport s = new Loader(sql, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).load(List.of(dir));
            LoadReport j = new Loader(java, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).sqlCsv(false)
                    .load(List.of(dir));
            Fixtures.assertSameTables(sql, java);
            assertThat(s.files()).isEqualTo(j.files());
            assertThat(rows(sql, "SELECT record_id, value FROM observation")).containsExactlyInAnyOrder(expected);
        }
    }

    @Test
    void different_ids_all_load(@TempDir Path dir) throws IOException {
        write(dir, "b1,pat-1,snomed,72313002,2023-01-01,140,mm[Hg],C81001",
                "b2,pat-1,snomed,72313002,2023-01-02,141,mm[Hg],C81001",
                "b10,pat-1,snomed,72313002,2023-01-03,142,mm[Hg],C81001");
        loadBothWays(dir, "b1|140.0", "b10|142.0", "b2|141.0");
    }

    @Test
    void a_repeated_id_keeps_the_last_line_and_quarantines_the_first(@TempDir Path dir) throws IOException {
        write(dir, "b1,pat-1,snomed,72313002,2023-01-01,140,mm[Hg],C81001",
                "b2,pat-1,snomed,72313002,2023-01-02,141,mm[Hg],C81001",
                "b1,pat-1,snomed,72313002,2023-01-03,142,mm[Hg],C81001");
        loadBothWays(dir, "b1|142.0", "b2|141.0");
    }
}
