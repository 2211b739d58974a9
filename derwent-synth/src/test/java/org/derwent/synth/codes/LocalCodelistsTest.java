package org.derwent.synth.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.derwent.model.code.CodeSystem;
import org.derwent.synth.Fixtures;
import org.junit.jupiter.api.Test;

/** The locally authored codelists: present, documented, small, and every SNOMED/dm+d id has a valid Verhoeff check digit. */
class LocalCodelistsTest {
    static final Path LOCAL = Fixtures.CODELISTS.resolve("local");
    static final List<String> REQUIRED = List.of("local-statins-dmd.csv", "local-vka-warfarin-dmd.csv", "local-antiplatelets-dmd.csv",
            "local-antidepressants-dmd.csv", "local-antipsychotics-dmd.csv", "local-egfr-snomed.csv", "local-total-cholesterol-snomed.csv",
            "local-smoking-cessation-snomed.csv", "local-weight-management-referral-snomed.csv", "local-dpp-referral-snomed.csv",
            "local-smi-health-check-snomed.csv", "local-ld-health-check-snomed.csv", "local-cancer-register-snomed.csv",
            "local-smoking-status-snomed.csv", "local-falls-icd10.csv");

    @Test
    void verhoeff_accepts_known_snomed_ids_and_rejects_a_changed_digit() {
        assertThat(Verhoeff.valid("38341003")).isTrue();
        assertThat(Verhoeff.valid("1025321000000109")).isTrue();
        assertThat(Verhoeff.valid("38341004")).isFalse();
        assertThat(Verhoeff.valid("1025321000000108")).isFalse();
    }

    @Test
    void every_required_local_list_exists_with_the_opencodelists_header_and_is_documented() throws IOException {
        String readme = Files.readString(LOCAL.resolve("README.md"));
        for (String f : REQUIRED) {
            List<String> lines = Files.readAllLines(LOCAL.resolve(f));
            assertThat(lines.get(0)).as(f).isEqualTo("code,term");
            assertThat(lines.size() - 1).as(f + " size").isBetween(2, 20);
            assertThat(readme).as("README documents " + f).contains(f);
        }
    }

    @Test
    void every_numeric_code_in_the_local_lists_passes_the_verhoeff_check() throws IOException {
        CodelistLibrary lib = new CodelistLibrary(Fixtures.CODELISTS);
        try (Stream<Path> files = Files.list(LOCAL)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                boolean icd = f.getFileName().toString().contains("icd10") || f.getFileName().toString().contains("opcs4");
                Codelist list = lib.get("local/" + f.getFileName(), icd ? CodeSystem.ICD10 : CodeSystem.SNOMED);
                for (String code : list.codes()) {
                    if (!icd) {
                        assertThat(Verhoeff.valid(code)).as(f.getFileName() + " " + code).isTrue();
                    } else {
                        assertThat(code).as(f.getFileName() + " " + code).matches("[A-Z][0-9]{2,3}");
                    }
                }
            }
        }
    }
}
