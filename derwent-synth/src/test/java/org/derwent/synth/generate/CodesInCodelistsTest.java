package org.derwent.synth.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.model.code.CodeSystem;
import org.derwent.model.code.NhsNumber;
import org.derwent.model.extract.ExtractTable;
import org.derwent.synth.Fixtures;
import org.derwent.synth.calibration.CsvLines;
import org.derwent.synth.codes.Catalogue;
import org.derwent.synth.codes.Codelist;
import org.derwent.synth.codes.CodelistLibrary;
import org.derwent.synth.record.ConditionCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every code written is in a known code system and in a codelist of that system; every NHS number is valid. */
class CodesInCodelistsTest {
    @TempDir
    static Path tmp;
    static final Map<CodeSystem, Set<String>> KNOWN = new EnumMap<>(CodeSystem.class);

    @BeforeAll
    static void generate() {
        Fixtures.generate(tmp, 120_000, 11, OutputFormat.CSV, 2, "C81001", "C81002", "C81003");
        CodelistLibrary lib = new CodelistLibrary(Fixtures.CODELISTS);
        new ConditionCodes(new Catalogue(lib));
        for (Codelist l : lib.loaded()) {
            KNOWN.computeIfAbsent(l.system(), k -> new HashSet<>()).addAll(l.codes());
        }
    }

    @Test
    void every_code_is_in_a_codelist_of_its_system() {
        Map<ExtractTable, int[]> columns = Map.of(ExtractTable.CONDITIONS, new int[] {2, 3}, ExtractTable.OBSERVATIONS, new int[] {2, 3},
                ExtractTable.MEDICATIONS, new int[] {2, 3}, ExtractTable.DIAGNOSES, new int[] {4, 5},
                ExtractTable.PROCEDURES, new int[] {3, 4}, ExtractTable.REFERRALS, new int[] {2, 3});
        Set<String> seenSystems = new HashSet<>();
        long[] rows = {0};
        for (var e : columns.entrySet()) {
            CsvLines.read(tmp.resolve("csv").resolve(e.getKey().fileName()), e.getKey().columns(), l -> {
                String system = l.field(e.getValue()[0]);
                String code = l.field(e.getValue()[1]);
                CodeSystem cs = CodeSystem.byId(system).orElseThrow(() -> new AssertionError("unknown system " + system));
                assertThat(KNOWN.getOrDefault(cs, Set.of())).as(e.getKey() + " " + system + " " + code).contains(code);
                seenSystems.add(system);
                rows[0]++;
            });
        }
        assertThat(seenSystems).containsExactlyInAnyOrder("snomed", "dmd", "icd10", "opcs4");
        assertThat(rows[0]).isGreaterThan(10_000);
    }

    @Test
    void nhs_numbers_are_valid_unique_and_ethnic_categories_known() {
        Set<String> numbers = new HashSet<>();
        CsvLines.read(tmp.resolve("csv/patients.csv"), ExtractTable.PATIENTS.columns(), l -> {
            assertThat(NhsNumber.isValid(l.field(1))).as(l.field(1)).isTrue();
            assertThat(numbers.add(l.field(1))).as("unique " + l.field(1)).isTrue();
            assertThat(org.derwent.model.code.EthnicCategory.ofCode(l.field(6))).isPresent();
            assertThat(List.of("F", "M")).contains(l.field(5));
        });
        assertThat(numbers).hasSizeGreaterThan(1000);
    }
}
