package org.derwent.ingest.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.parallel.Pipeline;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.RowSink;
import org.derwent.ingest.source.Bytes;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.source.Utf8;

/**
 * Reads FHIR Bulk NDJSON in batches of lines (never the whole file): each non-blank line is one resource, parsed and
 * mapped on a worker, which also stages the rows; a line that is not JSON is quarantined with its line number. Lines
 * are cut from the bytes and parsed as bytes ({@link PlainJson}, else Jackson); a line with any non-ASCII byte is
 * first decoded strictly as UTF-8, so bytes that are not UTF-8 stop the load as before, and parsed as text, as is a
 * line the byte parser rejects (so the reason quoted is the text parser's, as before).
 */
public final class NdjsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 2_000;

    private NdjsonReader() {
    }

    public static void read(SourceFile file, Pipeline pipeline) throws Exception {
        read(file, pipeline, ResourceCheck.NONE);
    }

    /**
     * Reads the file, running {@code check} on each resource before it is mapped; returns when every line is staged
     * (the pipeline is drained, as its workers write on the loading connection).
     */
    public static void read(SourceFile file, Pipeline pipeline, ResourceCheck check) throws Exception {
        try (InputStream in = Utf8.open(file.path())) {
            NdjsonLines lines = new NdjsonLines(in, BATCH, 1 << 20);
            for (NdjsonLines.Batch b = lines.next(); b != null; b = lines.next()) {
                NdjsonLines.Batch batch = b;
                pipeline.submitWriting((checks, sink) -> {
                    for (int i = 0; i < batch.count(); i++) {
                        long lineNo = batch.firstLine() + i;
                        int start = NdjsonLines.textStart(batch.data(), batch.start()[i], batch.end()[i], lineNo);
                        line(batch.data(), start, batch.end()[i], file.name(), lineNo, checks, sink, check);
                    }
                    return batch.bytes();
                });
            }
        }
        pipeline.drain();
    }

    /** A line of a file, by its number. */
    public record Line(long number, String text) {
    }

    /**
     * Reads some of a file's lines (those another reader left, in order) as {@link #read} reads every line; returns
     * once they are submitted to the pipeline (the caller drains it, and accounts for the file's bytes).
     */
    public static void lines(SourceFile file, List<Line> lines, Pipeline pipeline, ResourceCheck check) throws Exception {
        if (lines.isEmpty()) {
            return;
        }
        pipeline.submitWriting((checks, sink) -> {
            for (Line l : lines) {
                byte[] data = l.text().getBytes(StandardCharsets.UTF_8);
                int start = NdjsonLines.textStart(data, 0, data.length, l.number());
                line(data, start, data.length, file.name(), l.number(), checks, sink, check);
            }
            return 0L;
        });
    }

    private static void line(byte[] data, int start, int end, String file, long lineNo, Checks checks, RowSink sink,
                             ResourceCheck check) throws IOException {
        // Jackson guesses UTF-16 or UTF-32 from zero bytes in a byte source: such a line is parsed as text, as before.
        boolean ascii = Bytes.asciiWithoutNul(data, start, end);
        int first = start;
        while (ascii && first < end && blank(data[first])) {
            first++;
        }
        String text = ascii ? null : StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data, start, end - start)).toString();
        if (ascii ? first == end : text.isBlank()) {
            return;
        }
        JsonNode node = null;
        if (ascii) {
            node = PlainJson.read(data, start, end - start);
            try {
                node = node != null ? node : JsonTree.read(JSON.getFactory(), data, start, end - start);
            } catch (JsonProcessingException e) {
                // read again as text below, for the error message the text parser gives
                text = new String(data, start, end - start, StandardCharsets.US_ASCII);
            }
        }
        if (node == null) {
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                sink.quarantined(new Provenance(file, lineNo, ""), "(line)", Resources.abbreviate(text),
                        "malformed JSON: " + e.getOriginalMessage());
                return;
            }
        }
        Resources.route(node, file, lineNo, checks, sink, check);
    }

    /** Whether an ASCII byte is white space to {@link String#isBlank()}. */
    private static boolean blank(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f' || (c >= 0x1C && c <= 0x1F);
    }
}
