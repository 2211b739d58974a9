package org.derwent.measures.stats.csv;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvErrorsTest {

    private static CsvOutput run(StatsMethod m, String csv) {
        return m.run("in.csv", new StringReader(csv), StatsOptions.defaults());
    }

    @Test
    void bad_number_names_file_line_column_and_value() {
        assertThatThrownBy(() -> run(StatsMethod.WILSON, "numerator,denominator\n5,10\n\n7,ten\n"))
                .isInstanceOf(StatsInputException.class)
                .hasMessage("in.csv line 4, column 'denominator': value 'ten' — expected a number");
    }

    @Test
    void missing_column_lists_what_the_method_reads() {
        assertThatThrownBy(() -> run(StatsMethod.FUNNEL, "unit,num,denominator\nA,1,2\n"))
                .hasMessageContaining("in.csv line 1: column 'numerator' is missing; funnel reads unit, numerator, denominator");
    }

    @Test
    void group_errors_name_the_group_and_its_lines() {
        assertThatThrownBy(() -> run(StatsMethod.SII, "decile,numerator,denominator\n1,5,10\n2,5,10\n3,5,10\n"))
                .hasMessageContaining("in.csv (lines 2-4): SII needs at least 5 quantiles, got 3");
    }

    @Test
    void duplicate_period_is_an_error() {
        assertThatThrownBy(() -> run(StatsMethod.SPC, "period,value\n2024-01,1\n2024-02,2\n2024-01,3\n"))
                .hasMessageContaining("in.csv line 4, column 'period': value '2024-01'");
    }

    @Test
    void total_row_that_does_not_add_up_is_an_error() {
        assertThatThrownBy(() -> run(StatsMethod.SUPPRESS, "group,numerator,total\nA,10,\nB,20,\nAll,31,1\n"))
                .hasMessageContaining("in.csv line 4, column 'numerator': value '31' — the groups sum to 30");
    }

    @Test
    void non_esp_band_without_standard_is_an_error() {
        assertThatThrownBy(() -> run(StatsMethod.DSR, "age_band,events,population\n0-9,1,10\n"))
                .hasMessageContaining("in.csv line 2, column 'age_band': value '0-9'");
    }

    @Test
    void too_many_fields_is_an_error() {
        assertThatThrownBy(() -> run(StatsMethod.WILSON, "numerator,denominator\n1,2,3\n"))
                .hasMessageContaining("in.csv line 2: has 3 fields but the header has 2");
    }
}
