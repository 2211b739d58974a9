package org.derwent.ingest.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import org.derwent.ingest.parallel.Pipeline;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.source.Utf8;

/**
 * Reads FHIR Bulk NDJSON one line at a time (never the whole file): each non-blank line is one resource, parsed
 * and mapped on a worker in batches; a line that is not JSON is quarantined with its line number.
 */
public final class NdjsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 2_000;

    private NdjsonReader() {
    }

    public static void read(SourceFile file, Pipeline pipeline) throws Exception {
        read(file, pipeline, ResourceCheck.NONE);
    }

    /** Reads the file, running {@code check} on each resource before it is mapped. */
    public static void read(SourceFile file, Pipeline pipeline, ResourceCheck check) throws Exception {
        try (BufferedReader r = Utf8.reader(file.path())) {
            long lineNo = 0;
            long first = 1;
            long bytes = 0;
            List<String> batch = new ArrayList<>(BATCH);
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                bytes += line.length() + 1L;
                batch.add(lineNo == 1 ? Utf8.stripBom(line) : line);
                if (batch.size() == BATCH) {
                    submit(file, pipeline, batch, first, bytes, check);
                    batch = new ArrayList<>(BATCH);
                    first = lineNo + 1;
                    bytes = 0;
                }
            }
            submit(file, pipeline, batch, first, bytes, check);
        }
        pipeline.drain();
    }

    private static void submit(SourceFile file, Pipeline pipeline, List<String> lines, long first, long bytes,
                               ResourceCheck check) throws Exception {
        pipeline.submitWriting((checks, sink) -> {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                long lineNo = first + i;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    sink.quarantined(new Provenance(file.name(), lineNo, ""), "(line)",
                            Resources.abbreviate(line), "malformed JSON: " + e.getOriginalMessage());
                    continue;
                }
                Resources.route(node, file.name(), lineNo, checks, sink, check);
            }
            return bytes;
        });
    }
}
