package org.derwent.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of a JSON lines file: line count, longest line, and the byte pairs that make it not compact. */
class JsonLinesTest {
    @TempDir
    Path dir;

    private JsonLines shape(String text) throws IOException {
        Path f = dir.resolve("f.ndjson");
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        return JsonLines.of(f);
    }

    @Test
    void counts_lines_and_the_longest_with_or_without_a_last_line_feed() throws IOException {
        assertThat(shape("{\"a\":1}\n{\"bb\":22}\n")).isEqualTo(new JsonLines(true, 2, 9));
        assertThat(shape("{\"a\":1}\n{\"bb\":22}")).isEqualTo(new JsonLines(true, 2, 9));
        assertThat(shape("")).isEqualTo(new JsonLines(true, 0, 0));
        assertThat(shape("{}\n\n{}\n").lines()).isEqualTo(3);
    }

    @Test
    void null_nan_infinity_negative_numbers_white_space_trailing_commas_and_escapes_are_not_compact() throws IOException {
        for (String bad : new String[] {"{\"a\":null}", "{\"a\":[1,NaN]}", "{\"a\":Infinity}", "{\"a\":-1}",
                "{\"a\": 1}", "{\"a\":[1,]}", "{\"a\":1,}", "{\"a\":\"x\\\"y\"}", "{\"a\":\"x\ty\"}", "{\"a\":\"x\"}\r\n"}) {
            assertThat(shape(bad + "\n").compact()).as(bad).isFalse();
        }
        assertThat(shape("{\"a\":\"nice, -1 day\",\"b\":[1,2],\"c\":{\"d\":1e-5}}\n").compact()).isTrue();
        // inside a string the pairs mean nothing; outside it they count again, and a new line starts outside
        assertThat(shape("{\"a\":\"x: null, [NaN,]\"}\n").compact()).isTrue();
        assertThat(shape("{\"a\":\"x: y\",\"b\":null}\n").compact()).isFalse();
        assertThat(shape("{\"a\":\"x\n:null}\n").compact()).isFalse();
    }

    @Test
    void a_pair_across_two_read_buffers_is_found_and_a_long_line_is_measured_across_them() throws IOException {
        String line = "a".repeat((1 << 16) - 1) + ":" + "null";
        JsonLines s = shape("{}\n" + line + "\n{}\n");
        assertThat(s.compact()).isFalse();
        assertThat(s.lines()).isEqualTo(3);
        assertThat(s.longest()).isEqualTo(line.length());
        assertThat(shape("{}\n" + "a".repeat((1 << 16) - 1) + ":1\n").compact()).isTrue();
    }
}
