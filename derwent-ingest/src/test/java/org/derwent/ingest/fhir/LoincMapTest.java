package org.derwent.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.derwent.ingest.quality.CodeFormat;
import org.junit.jupiter.api.Test;

/** The vendored LOINC map: known-answer unit conversions, and every pair points into a Derwent codelist. */
class LoincMapTest {
    private static final LoincMap MAP = LoincMap.BUNDLED;
    private static final Path CODELISTS = Path.of("../reference/codelists");

    private static LoincMap.Entry entry(String loinc) {
        return MAP.get(loinc).orElseThrow();
    }

    @Test
    void hba1c_percent_becomes_ifcc_mmol_per_mol() {
        assertThat(entry("4548-4").convert(6.5, "%", "%")).contains(48.0);
        assertThat(entry("4548-4").convert(7.0, "%", null)).contains(53.0);
        assertThat(entry("4548-4").convert(48, null, "mmol/mol")).contains(48.0);
        assertThat(entry("4548-4").unit()).isEqualTo("mmol/mol");
    }

    @Test
    void cholesterol_mg_per_dl_becomes_mmol_per_l_to_two_places() {
        assertThat(entry("2093-3").convert(200, "mg/dL", "mg/dL")).contains(5.17);
        assertThat(entry("2085-9").convert(50, "mg/dl", null)).contains(1.29);
        assertThat(entry("2093-3").convert(5.2, "mmol/L", null)).contains(5.2);
    }

    @Test
    void blood_pressure_bmi_and_egfr_keep_their_value() {
        assertThat(entry("8480-6").convert(128.4, "mm[Hg]", "mm[Hg]")).contains(128.4);
        assertThat(entry("8462-4").convert(81, null, "mmHg")).contains(81.0);
        assertThat(entry("39156-5").convert(27.3, "kg/m2", "kg/m2")).contains(27.3);
        assertThat(entry("33914-3").convert(72, "mL/min/{1.73_m2}", null)).contains(72.0);
        assertThat(entry("8480-6").unit()).isEqualTo("mmHg");
    }

    @Test
    void a_value_without_unit_is_kept_only_when_no_conversion_is_needed() {
        assertThat(entry("8480-6").convert(120, null, " ")).contains(120.0);
        assertThat(entry("4548-4").convert(6.5, null, null)).isEmpty();
    }

    @Test
    void an_unknown_unit_is_not_mapped() {
        assertThat(entry("8480-6").convert(16, "kPa", "kPa")).isEmpty();
        assertThat(entry("2093-3").convert(5.2, "g/L", null)).isEmpty();
    }

    @Test
    void every_loinc_code_is_well_formed_and_every_snomed_target_is_in_its_codelist() throws IOException {
        assertThat(MAP.entries()).hasSize(10);
        for (LoincMap.Entry e : MAP.entries().values()) {
            assertThat(CodeFormat.valid("loinc", e.loinc())).as(e.loinc()).isTrue();
            if (e.target() == LoincMap.Target.CODE) {
                String list = Files.readString(CODELISTS.resolve(codelist(e.loinc())));
                assertThat(list).as(e.loinc() + " -> " + e.snomed()).containsPattern("(?m)^" + e.snomed() + ",");
            }
        }
        assertThat(entry("72166-2").target()).isEqualTo(LoincMap.Target.VALUE);
    }

    /** The codelist column of the map file for a LOINC code. */
    private static String codelist(String loinc) throws IOException {
        for (String line : Files.readAllLines(Path.of("../reference/maps/loinc-snomed.csv"))) {
            if (line.startsWith(loinc + ",")) {
                return line.substring(line.lastIndexOf(',') + 1);
            }
        }
        throw new AssertionError(loinc + " not in the map file");
    }
}
