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
 * LOINC observations in a CSV extract are mapped to SNOMED CT by the same bundled map as FHIR ones, with the value
 * converted to the store unit; the SQL and the Java CSV readers store the same rows.
 */
class CsvLoincMapTest {
    @Test
    void mapped_loinc_codes_become_snomed_in_the_store_unit_on_both_csv_paths(@TempDir Path dir) throws IOException {
        Fixtures.writeLines(dir, "patients.csv", "patient_id,nhs_number,given_name,family_name,birth_date,sex,"
                + "ethnic_category,postcode,lsoa_code,practice_code,registration_date,death_date",
                "pat-1,9990000026,A,B,1950-03-15,F,A,,E01013453,C81001,2000-01-01,");
        Fixtures.writeLines(dir, "observations.csv", "id,patient_id,code_system,code,date,value,unit,source_org",
                "l1,pat-1,loinc,8480-6,2023-01-01,140,mm[Hg],C81001",
                "l2,pat-1,http://loinc.org,4548-4,2023-01-01,6.5,%,C81001",
                "l3,pat-1,loinc,2093-3,2023-01-01,200,mg/dL,C81001",
                "l4,pat-1,loinc,2093-3,2023-01-01,5.2,mmol/L,C81001",
                "l5,pat-1,loinc,8462-4,2023-01-01,,,C81001",
                "l6,pat-1,loinc,2093-3,2023-01-01,200,g/L,C81001",
                "l7,pat-1,loinc,72166-2,2023-01-01,,,C81001",
                "l8,pat-1,loinc,2345-7,2023-01-01,5.5,mmol/L,C81001",
                "l9,pat-1,snomed,271649006,2023-01-01,120,mmHg,C81001");
        try (Store sql = Store.inMemory(); Store java = Store.inMemory()) {
            new Loader(sql, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).load(List.of(dir));
            new Loader(java, Fixtures.pseudonymiser(), Fixtures.EXTRACT_DATE, LoadListener.NONE).sqlCsv(false).load(List.of(dir));
            Fixtures.assertSameTables(sql, java);
            assertThat(rows(sql, "SELECT record_id, code_system, code, value, unit FROM observation")).containsExactlyInAnyOrder(
                    "l1|snomed|271649006|140.0|mmHg",
                    "l2|snomed|999791000000106|48.0|mmol/mol",
                    "l3|snomed|850981000000101|5.17|mmol/L",
                    "l4|snomed|850981000000101|5.2|mmol/L",
                    "l5|snomed|271650006|null|mmHg",
                    "l6|loinc|2093-3|200.0|g/L",
                    "l7|loinc|72166-2|null|null",
                    "l8|loinc|2345-7|5.5|mmol/L",
                    "l9|snomed|271649006|120.0|mmHg");
        }
    }
}
