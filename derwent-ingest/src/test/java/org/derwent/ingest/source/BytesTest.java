package org.derwent.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Bytes}: the eight-bytes-at-a-time searches agree with a byte-by-byte search at every offset and length. */
class BytesTest {
    private static final byte[] ALPHABET = {'a', '{', ' ', '\n', '\r', 0, (byte) 0x80, (byte) 0xC3, (byte) 0xFF, 0x7F, 0x0A + 1};

    private static byte[] random(Random r, int n, int rareEvery) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = r.nextInt(rareEvery) == 0 ? ALPHABET[r.nextInt(ALPHABET.length)] : (byte) ('a' + r.nextInt(26));
        }
        return b;
    }

    @Test
    void searches_agree_with_byte_by_byte_at_every_offset_and_length() {
        Random r = new Random(42);
        for (int round = 0; round < 400; round++) {
            byte[] b = random(r, 1 + r.nextInt(80), 1 + r.nextInt(40));
            for (int from = 0; from <= b.length; from++) {
                for (int to = from; to <= b.length; to++) {
                    int lf = from;
                    while (lf < to && b[lf] != '\n') {
                        lf++;
                    }
                    int end = from;
                    while (end < to && b[end] != '\n' && b[end] != '\r') {
                        end++;
                    }
                    boolean plain = true;
                    for (int i = from; i < to; i++) {
                        plain &= b[i] > 0;
                    }
                    assertThat(Bytes.nextLineFeed(b, from, to)).as("line feed %d..%d", from, to).isEqualTo(lf);
                    assertThat(Bytes.nextLineEnd(b, from, to)).as("line end %d..%d", from, to).isEqualTo(end);
                    assertThat(Bytes.asciiWithoutNul(b, from, to)).as("ascii %d..%d", from, to).isEqualTo(plain);
                }
            }
        }
    }

    @Test
    void every_single_byte_value_is_classified_in_every_lane() {
        for (int v = 0; v < 256; v++) {
            for (int lane = 0; lane < 16; lane++) {
                byte[] b = new byte[16];
                java.util.Arrays.fill(b, (byte) 'x');
                b[lane] = (byte) v;
                assertThat(Bytes.asciiWithoutNul(b, 0, 16)).as("byte %02x in lane %d", v, lane).isEqualTo(v > 0 && v < 0x80);
                assertThat(Bytes.nextLineEnd(b, 0, 16)).as("byte %02x in lane %d", v, lane)
                        .isEqualTo(v == '\n' || v == '\r' ? lane : 16);
            }
        }
    }
}
