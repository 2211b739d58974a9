package org.derwent.measures.stats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.derwent.measures.stats.ImprovementDirection;
import org.junit.jupiter.api.Test;

/** Every method runs on its example in docs/examples/stats and gives the documented columns and known values. */
class ExampleFilesTest {
    static final Path EXAMPLES = Path.of("..", "docs", "examples", "stats");

    static CsvOutput run(StatsMethod m, String file, StatsOptions o) throws IOException {
        Path p = EXAMPLES.resolve(file);
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return m.run(p.toString(), r, o);
        }
    }

    static double d(CsvOutput out, int row, String column) {
        return Double.parseDouble(out.cell(row, column));
    }

    @Test
    void wilson_keeps_input_columns_and_adds_limits() throws IOException {
        CsvOutput out = run(StatsMethod.WILSON, "wilson.csv", StatsOptions.defaults());
        assertThat(out.header()).startsWith("practice", "numerator", "denominator").endsWith("upper_998");
        assertThat(out.rows()).hasSize(12);
        assertThat(out.cell(3, "value")).isEqualTo("0");
        assertThat(d(out, 3, "upper_95")).isCloseTo(24.249401, within(1e-6));
    }

    @Test
    void dsr_example_matches_fixture_answers() throws IOException {
        CsvOutput out = run(StatsMethod.DSR, "dsr.csv", StatsOptions.defaults());
        assertThat(out.rows()).hasSize(2);
        assertThat(out.cell(0, "group")).isEqualTo("Derby");
        assertThat(d(out, 0, "value")).isCloseTo(3743.970612, within(1e-6));
        assertThat(d(out, 1, "upper_998")).isCloseTo(3860.360179, within(1e-6));
    }

    @Test
    void rate_example_uses_byar_by_default() throws IOException {
        CsvOutput out = run(StatsMethod.RATE, "rate.csv", StatsOptions.defaults());
        assertThat(out.cell(0, "method")).isEqualTo("byar");
        assertThat(d(out, 3, "upper_95")).isCloseTo(3.688879 / 80000 * 100000, within(0.9));
    }

    @Test
    void funnel_example_flags_the_planted_outliers() throws IOException {
        StatsOptions up = StatsOptions.defaults().withImprovement(ImprovementDirection.INCREASE);
        CsvOutput out = run(StatsMethod.FUNNEL, "funnel.csv", up);
        assertThat(out.rows()).hasSize(30);
        assertThat(out.cell(0, "target")).isEqualTo("77");
        assertThat(out.cell(4, "flag")).isEqualTo("positive");
        assertThat(out.cell(16, "flag")).isEqualTo("negative");
    }

    @Test
    void spc_example_ends_in_improvement_and_fails_the_target() throws IOException {
        CsvOutput out = run(StatsMethod.SPC, "spc.csv", StatsOptions.defaults());
        assertThat(out.rows()).hasSize(24);
        assertThat(out.cell(23, "variation")).isEqualTo("improvement_high");
        assertThat(out.cell(23, "assurance")).isEqualTo("consistent_fail");
        assertThat(out.cell(17, "rule")).isEqualTo("Above UCL");
        assertThat(out.notes()).isEmpty();
    }

    @Test
    void sii_example_is_negative_and_reproducible() throws IOException {
        StatsOptions o = StatsOptions.defaults();
        CsvOutput a = run(StatsMethod.SII, "sii.csv", o);
        CsvOutput b = run(StatsMethod.SII, "sii.csv", o);
        assertThat(a.rows()).isEqualTo(b.rows());
        assertThat(d(a, 0, "sii")).isNegative();
        assertThat(d(a, 0, "sii_lower_95")).isLessThan(d(a, 0, "sii"));
        assertThat(a.cell(0, "quantiles")).isEqualTo("10");
    }

    @Test
    void suppress_example_hides_mixed_and_its_complement_and_adds_totals() throws IOException {
        CsvOutput out = run(StatsMethod.SUPPRESS, "suppress.csv", StatsOptions.defaults());
        assertThat(out.rows()).hasSize(12);
        assertThat(out.cell(3, "group")).isEqualTo("Mixed");
        assertThat(out.cell(3, "numerator")).isEmpty();
        assertThat(out.cell(3, "numerator_status")).isEqualTo("primary");
        assertThat(out.cell(3, "suppressed")).isEqualTo("true");
        assertThat(out.cell(4, "numerator_status")).isEqualTo("secondary");
        assertThat(out.cell(6, "group")).isEqualTo("Total");
        assertThat(out.cell(6, "numerator")).isEqualTo("990");
    }
}
