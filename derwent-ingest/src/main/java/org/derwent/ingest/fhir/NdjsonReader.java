package org.derwent.ingest.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.LongConsumer;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.RowSink;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.source.Utf8;

/**
 * Reads FHIR Bulk NDJSON one line at a time (never the whole file): each non-blank line is one resource; a line
 * that is not JSON is quarantined with its line number.
 */
public final class NdjsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NdjsonReader() {
    }

    /** Reads {@code file}; {@code progress} receives the approximate number of bytes consumed per line. */
    public static void read(SourceFile file, Checks checks, RowSink sink, LongConsumer progress) throws IOException {
        try (BufferedReader r = Utf8.reader(file.path())) {
            long lineNo = 0;
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                progress.accept(line.length() + 1L);
                if (lineNo == 1) {
                    line = Utf8.stripBom(line);
                }
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
                Resources.route(node, file.name(), lineNo, checks, sink);
            }
        }
    }
}
