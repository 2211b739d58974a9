package org.derwent.measures.check;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionException;
import org.derwent.measures.lang.DefinitionReader;
import org.derwent.measures.lang.MeasureSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationErrorsTest {
    @TempDir
    static Path home;

    @BeforeAll
    static void codelists() throws Exception {
        Files.createDirectories(home.resolve("lists"));
        Files.writeString(home.resolve("lists/bp-snomed.csv"), "code,term\n163030003,Systolic BP\n");
        Files.writeString(home.resolve("lists/empty-snomed.csv"), "code,term\n");
    }

    private static void validate(String yaml) {
        MeasureSet set = DefinitionReader.read(Map.of("test.yaml", yaml));
        Checks.validate(set, CodelistLibrary.load(set, home));
    }

    private static final String HEAD = """
            codelists:
              bp: {path: lists/bp-snomed.csv}
            variables:
              smi: {exists: bp}
              ld: {exists: bp}
            """;

    @Test
    void unknown_codelist_names_file_and_line() {
        assertThatThrownBy(() -> validate(HEAD + "  sbp: {latest_value: nope, within: 12 months}\n"))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("test.yaml:6").hasMessageContaining("unknown codelist 'nope'");
    }

    @Test
    void registration_window_must_be_positive() {
        assertThatThrownBy(() -> validate(HEAD + "  reg_new: {registered_within: 0 months}\n"))
                .hasMessageContaining("test.yaml:6").hasMessageContaining("variable 'reg_new'")
                .hasMessageContaining("must be positive");
    }

    @Test
    void empty_codelist_names_file_and_line() {
        assertThatThrownBy(() -> validate("codelists:\n  e: {path: lists/empty-snomed.csv}\n"))
                .hasMessageContaining("test.yaml:2").hasMessageContaining("codelist 'e'").hasMessageContaining("has no codes");
    }

    @Test
    void missing_codelist_file_is_an_error() {
        assertThatThrownBy(() -> validate("codelists:\n\n  m: {path: lists/missing-snomed.csv}\n"))
                .hasMessageContaining("test.yaml:3").hasMessageContaining("lists/missing-snomed.csv not found");
    }

    @Test
    void codelist_without_a_coding_system_is_an_error() {
        assertThatThrownBy(() -> validate("codelists:\n  m: {path: lists/bp.csv}\n"))
                .hasMessageContaining("test.yaml:2").hasMessageContaining("needs a coding system");
    }

    @Test
    void unknown_variable_in_an_indicator_names_file_and_line() {
        String yaml = HEAD + """
                indicators:
                  - id: X
                    title: X
                    domain: cvd
                    description: d
                    source: s
                    direction: higher
                    denominator: age >= 18
                    numerator: sbpp <= 140
                """;
        assertThatThrownBy(() -> validate(yaml)).hasMessageContaining("test.yaml:14").hasMessageContaining("unknown variable 'sbpp'");
    }

    @Test
    void contradictory_window_names_file_and_line() {
        assertThatThrownBy(() -> validate(HEAD + "  x: {exists: bp, within: 3 months, excluding_last: 6 months}\n"))
                .hasMessageContaining("test.yaml:6").hasMessageContaining("contradictory window");
    }

    @Test
    void month_window_anchored_on_death_is_rejected() {
        assertThatThrownBy(() -> validate(HEAD + "  x: {exists: bp, within: 3 months, anchor: death}\n"))
                .hasMessageContaining("test.yaml:6").hasMessageContaining("anchored on death");
    }

    @Test
    void unknown_field_names_its_line() {
        assertThatThrownBy(() -> validate(HEAD + "  x:\n    exists: bp\n    witin: 3 months\n"))
                .hasMessageContaining("test.yaml:8").hasMessageContaining("unknown field 'witin'");
    }

    @Test
    void self_reference_is_reported() {
        assertThatThrownBy(() -> validate(HEAD + "  a: b + 1\n  b: a + 1\n"))
                .hasMessageContaining("defined in terms of itself");
    }

    @Test
    void condition_of_wrong_type_is_reported() {
        String yaml = HEAD + """
                indicators:
                  - id: X
                    title: X
                    domain: cvd
                    description: d
                    source: s
                    direction: higher
                    denominator: age + 1
                    numerator: smi
                """;
        assertThatThrownBy(() -> validate(yaml)).hasMessageContaining("test.yaml:7").hasMessageContaining("denominator must be a condition");
    }

    @Test
    void bad_expression_syntax_names_its_line() {
        assertThatThrownBy(() -> validate(HEAD + "  x: age >= and 3\n")).hasMessageContaining("test.yaml:6")
                .hasMessageContaining("in expression");
    }

    @Test
    void several_problems_are_reported_together() {
        assertThatThrownBy(() -> validate(HEAD + "  x: {exists: nope1}\n  y: {exists: nope2}\n"))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((DefinitionException) e).problems()).hasSize(2));
    }
}
