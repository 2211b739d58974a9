package org.derwent.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.derwent.ingest.source.Utf8;
import org.junit.jupiter.api.Test;

/** Lines cut from bytes are the lines {@code BufferedReader.readLine} gives, with the same numbers. */
class NdjsonLinesTest {

    @Test
    void cuts_the_same_lines_as_read_line_at_every_buffer_and_batch_size() throws IOException {
        Random random = new Random(42);
        String[] pieces = {"{\"a\":1}", "x", "\r", "\n", "\r\n", " ", "", "é", "\uFEFF"};
        for (int t = 0; t < 2_000; t++) {
            StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            List<String> expected = readLines(bytes);
            int buffer = 1 + random.nextInt(16);
            int batch = 1 + random.nextInt(5);
            assertThat(cut(bytes, buffer, batch)).as("%s (buffer %d, batch %d)", text, buffer, batch)
                    .isEqualTo(expected);
        }
    }

    @Test
    void numbers_lines_across_batches_and_counts_every_byte() throws IOException {
        byte[] bytes = "a\r\nbb\n\nccc\rd".getBytes(StandardCharsets.UTF_8);
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(bytes), 2, 3);
        NdjsonLines.Batch first = lines.next();
        NdjsonLines.Batch second = lines.next();
        NdjsonLines.Batch third = lines.next();
        assertThat(lines.next()).isNull();
        assertThat(List.of(first.firstLine(), second.firstLine(), third.firstLine())).containsExactly(1L, 3L, 5L);
        assertThat(first.bytes() + second.bytes() + third.bytes()).isEqualTo(bytes.length);
        assertThat(third.count()).isEqualTo(1);
    }

    private static List<String> readLines(byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(out.isEmpty() ? Utf8.stripBom(line) : line);
            }
        }
        return out;
    }

    private static List<String> cut(byte[] bytes, int buffer, int batch) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(bytes), batch, buffer);
        List<String> out = new ArrayList<>();
        for (NdjsonLines.Batch b = lines.next(); b != null; b = lines.next()) {
            assertThat(b.firstLine()).isEqualTo(out.size() + 1);
            for (int i = 0; i < b.count(); i++) {
                int start = NdjsonLines.textStart(b.data(), b.start()[i], b.end()[i], b.firstLine() + i);
                out.add(new String(b.data(), start, b.end()[i] - start, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
