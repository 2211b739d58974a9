/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One input line splits into its RFC 4180 fields; an unclosed quote is an error naming the problem. */
class CsvFieldsTest {
    @Test
    void splits_quoted_commas_doubled_quotes_and_empty_fields() {
        assertThat(CsvFields.split("a,\"b, c\",,\"say \"\"hi\"\"\",")).containsExactly("a", "b, c", "", "say \"hi\"", "");
    }

    @Test
    void an_empty_line_is_one_empty_field() {
        assertThat(CsvFields.split("")).containsExactly("");
    }

    @Test
    void an_unclosed_quote_is_rejected() {
        assertThatThrownBy(() -> CsvFields.split("a,\"b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quoted field is not closed");
    }

    @Test
    void fields_round_trip_through_append() {
        StringBuilder sb = new StringBuilder();
        CsvFields.append(sb, "x, \"y\"");
        assertThat(CsvFields.split(sb.toString())).containsExactly("x, \"y\"");
    }
}
