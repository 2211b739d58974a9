package org.derwent.qrisk3.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scores are written with exactly four decimals. */
class FourDecimalsTest {
    private static String fmt(double v) {
        StringBuilder sb = new StringBuilder();
        Qrisk3CsvScorer.appendFourDecimals(sb, v);
        return sb.toString();
    }

    @Test
    void pads_and_rounds_to_four_decimals() {
        assertThat(fmt(24.59261240)).isEqualTo("24.5926");
        assertThat(fmt(0.29906572)).isEqualTo("0.2991");
        assertThat(fmt(0.00004)).isEqualTo("0.0000");
        assertThat(fmt(0.00051)).isEqualTo("0.0005");
        assertThat(fmt(5.0)).isEqualTo("5.0000");
        assertThat(fmt(12.34)).isEqualTo("12.3400");
        assertThat(fmt(99.99999)).isEqualTo("100.0000");
        assertThat(fmt(7.0123)).isEqualTo("7.0123");
    }
}
