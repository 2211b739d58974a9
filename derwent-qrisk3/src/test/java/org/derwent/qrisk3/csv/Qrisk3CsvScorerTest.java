package org.derwent.qrisk3.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derwent.qrisk3.Qrisk3;
import org.junit.jupiter.api.Test;

/** The CSV contract of docs/qrisk3.md: inputs echoed, score, imputed inputs and errors appended. */
class Qrisk3CsvScorerTest {
    private final StringWriter out = new StringWriter();

    private CsvSummary score(String csv, boolean strict) {
        return new Qrisk3CsvScorer(Qrisk3.published(), strict).score(new BufferedReader(new StringReader(csv)), out, "in.csv");
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void scores_the_public_vectors_file_within_1e4() throws IOException {
        String csv = Files.readString(Path.of("src/test/resources/org/derwent/qrisk3/public-vectors.csv"));
        CsvSummary s = score(csv, true);
        assertThat(s.rows()).isEqualTo(16);
        assertThat(s.scored()).isEqualTo(16);
        assertThat(lines().get(0)).endsWith(",expected_published,expected,qrisk3_score,imputed,error");
        for (String line : lines().subList(1, 17)) {
            String[] f = line.split(",", -1);
            assertThat(Double.parseDouble(f[11])).isCloseTo(Double.parseDouble(f[10]), within(1e-4));
            assertThat(f[12]).isEmpty();
            assertThat(f[13]).isEmpty();
        }
    }

    @Test
    void reports_imputed_inputs_and_their_share() {
        CsvSummary s = score("age,sex,smoke_cat,bmi,town\n60,F,0,,\n60,F,0,27,1.5\n", true);
        assertThat(lines().get(1)).endsWith(",ethrisk;bmi;rati;sbp;sbps5;town,");
        assertThat(lines().get(2)).endsWith(",ethrisk;rati;sbp;sbps5,");
        assertThat(s.rowsWithImputation()).isEqualTo(2);
        assertThat(s.imputedByInput()).containsEntry("bmi", 1L).containsEntry("rati", 2L);
        assertThat(s.describe()).contains("  imputed bmi     1 (50.0% of scored rows)");
    }

    @Test
    void bad_rows_get_an_error_naming_line_column_and_value() throws IOException {
        CsvSummary s = score(Files.readString(Path.of("../docs/examples/qrisk3-bad-rows.csv")), false);
        assertThat(s.rows()).isEqualTo(4);
        assertThat(s.scored()).isEqualTo(1);
        assertThat(lines().get(2)).startsWith("too-young,19,F,").endsWith(",,,\"line 3, column 'age', value '19': expected a whole number of years 25-84\"");
        assertThat(lines().get(3)).contains("line 4, column 'sbp', value 'abc': expected a number (or blank when unknown)");
        assertThat(lines().get(4)).contains("line 5, column 'b_impotence2', value '1'");
        assertThat(lines()).allSatisfy(l -> assertThat(l.split(",", -1).length).isGreaterThanOrEqualTo(14));
        assertThat(s.firstErrors()).hasSize(3);
        assertThat(s.passedThrough()).containsExactly("id");
    }

    @Test
    void strict_mode_stops_at_the_first_bad_row() {
        assertThatThrownBy(() -> score("age,sex,smoke_cat,sbp\n50,M,0,120\n50,M,7,120\n", true))
                .isInstanceOf(Qrisk3CsvException.class)
                .hasMessage("in.csv line 3, column 'smoke_cat', value '7': expected a smoking code 0-4 (0 non, 1 ex, 2 light, 3 moderate, 4 heavy)");
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_an_error_row() {
        CsvSummary s = score("age,sex,smoke_cat\n50,M\n", false);
        assertThat(s.scored()).isZero();
        assertThat(lines().get(1)).isEqualTo("50,M,,,,line 2: has 2 fields but the header has 3");
    }

    @Test
    void refuses_a_header_without_a_required_column() {
        assertThatThrownBy(() -> score("age,sex,bmi\n50,M,25\n", false)).isInstanceOf(Qrisk3CsvException.class)
                .hasMessage("in.csv line 1 (header): required column 'smoke_cat' is missing from the header");
    }

    @Test
    void refuses_a_header_that_already_has_an_output_column() {
        assertThatThrownBy(() -> score("age,sex,smoke_cat,qrisk3_score\n", false))
                .hasMessageContaining("column 4 'qrisk3_score' is an output column name");
    }

    @Test
    void a_misspelt_input_column_is_reported_as_passed_through() {
        CsvSummary s = score("age,sex,smoke_cat,b_renall\n60,M,0,1\n", true);
        assertThat(s.passedThrough()).containsExactly("b_renall");
        assertThat(s.describe()).contains("columns that are not QRISK3 inputs (copied unchanged): b_renall");
    }

    @Test
    void quoted_fields_are_read_and_written_back_quoted() {
        score("id,age,sex,smoke_cat\n\"Smith, J\",50,m,0\n", true);
        assertThat(lines().get(1)).startsWith("\"Smith, J\",50,m,0,");
    }

    @Test
    void both_diabetes_types_is_an_error() {
        score("age,sex,smoke_cat,b_type1,b_type2\n50,M,0,1,1\n", false);
        assertThat(lines().get(1)).contains("column 'b_type2', value '1': expected 0 when b_type1 is 1");
    }

    @Test
    void example_file_in_the_docs_scores_without_errors() throws IOException {
        CsvSummary s = score(Files.readString(Path.of("../docs/examples/qrisk3-example.csv")), true);
        assertThat(s.scored()).isEqualTo(s.rows()).isEqualTo(8);
        assertThat(lines().get(1)).contains(",24.5926,,");
    }
}
