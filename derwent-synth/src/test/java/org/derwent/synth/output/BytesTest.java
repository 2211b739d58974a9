package org.derwent.synth.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BytesTest {
    @Test
    void writes_numbers_and_fixed_decimals_like_the_csv_contract() throws Exception {
        Bytes b = new Bytes(4);
        b.add(0L).add(',').add(-42L).add(',').add(5.25, 1).add(',').add(0.129, 2).add(',').add(140.0, 0).add(',').add("p1-c2");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        b.writeTo(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("0,-42,5.3,0.13,140,p1-c2");
    }
}
