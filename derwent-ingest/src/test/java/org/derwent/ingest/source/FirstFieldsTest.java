package org.derwent.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link FirstFields}: proves a file's record ids (first fields after the header) all different, or says it cannot. */
class FirstFieldsTest {
    private static boolean distinct(String text, int chunk) {
        byte[] all = text.getBytes(StandardCharsets.UTF_8);
        FirstFields f = new FirstFields();
        for (int i = 0; i < all.length; i += chunk) {
            int n = Math.min(chunk, all.length - i);
            byte[] buf = new byte[n + 5];
            System.arraycopy(all, i, buf, 0, n);
            f.update(buf, n);
        }
        return f.distinct();
    }

    @Test
    void different_ids_are_proven_distinct_whatever_the_buffer_boundaries() {
        StringBuilder sb = new StringBuilder("id,patient_id,code\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("p").append(i / 7).append("-o").append(i).append(",p").append(i / 7).append(",123\n");
        }
        for (int chunk : new int[] {1, 3, 7, 8, 9, 64, 65_536}) {
            assertThat(distinct(sb.toString(), chunk)).as("chunk %d", chunk).isTrue();
        }
    }

    @Test
    void a_repeated_id_anywhere_is_not_distinct() {
        StringBuilder sb = new StringBuilder("id,x\n");
        for (int i = 0; i < 3_000; i++) {
            sb.append("r").append(i).append(",a\n");
        }
        sb.append("r1234,b\n");
        for (int chunk : new int[] {1, 5, 8, 4_096}) {
            assertThat(distinct(sb.toString(), chunk)).as("chunk %d", chunk).isFalse();
        }
    }

    @Test
    void the_header_and_empty_first_fields_are_not_ids() {
        assertThat(distinct("id,x\nid,1\nA,2\n", 4)).isTrue();
        assertThat(distinct("id,x\n,1\n,2\n\n\nA,3\n", 4)).isTrue();
        assertThat(distinct("id,x\n,1\n,2\nA,3\nA,4\n", 4)).isFalse();
    }

    @Test
    void a_last_line_without_line_feed_and_a_line_without_comma_count() {
        assertThat(distinct("id,x\nA,1\nB", 2)).isTrue();
        assertThat(distinct("id,x\nA,1\nA", 2)).isFalse();
        assertThat(distinct("id\nA\nB\nA\n", 3)).isFalse();
        assertThat(distinct("id\nA\nB\nAB\n", 3)).isTrue();
    }

    @Test
    void ids_that_differ_only_in_bytes_the_hash_sees_late_stay_distinct() {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder("id,v\n");
        for (int i = 0; i < 200_000; i++) {
            sb.append("patient-").append(Long.toHexString(r.nextLong())).append(i).append(",1\n");
        }
        assertThat(distinct(sb.toString(), 65_536)).isTrue();
    }
}
