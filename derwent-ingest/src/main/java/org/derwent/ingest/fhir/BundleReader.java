package org.derwent.ingest.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import org.derwent.ingest.LoadException;
import org.derwent.ingest.parallel.Pipeline;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.RowSink;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.source.Utf8;

/**
 * Reads a FHIR JSON document with a streaming parser: a Bundle (any type: transaction, collection, ...) is read
 * one entry at a time; a lone resource is read whole. A resource without {@code id} takes it from the entry's
 * {@code fullUrl} ({@code urn:uuid:...}). Malformed JSON quarantines the rest of the document as one record.
 */
public final class BundleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private BundleReader() {
    }

    /** Reads the document on a worker thread; an unreadable or non-UTF-8 file stops the load naming the file. */
    public static void read(SourceFile file, Pipeline pipeline) throws Exception {
        read(file, pipeline, ResourceCheck.NONE);
    }

    /** Reads the document, running {@code check} on each resource before it is mapped. */
    public static void read(SourceFile file, Pipeline pipeline, ResourceCheck check) throws Exception {
        pipeline.submit((checks, sink) -> {
            try {
                readFile(file, checks, sink, check);
            } catch (CharacterCodingException e) {
                throw new LoadException(file.path() + " is not valid UTF-8 text (" + e.getMessage()
                        + "); nothing was loaded", e);
            } catch (IOException e) {
                throw new LoadException("cannot read " + file.path() + ": " + e.getMessage() + "; nothing was loaded", e);
            }
            return java.nio.file.Files.size(file.path());
        });
    }

    private static void readFile(SourceFile file, Checks checks, RowSink sink, ResourceCheck check) throws IOException {
        try (BufferedReader reader = Utf8.reader(file.path()); JsonParser p = FACTORY.createParser(reader)) {
            try {
                readDocument(p, file, checks, sink, check);
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? p.currentLocation().getLineNr() : e.getLocation().getLineNr();
                sink.quarantined(new Provenance(file.name(), line, "Bundle"), "(document)", "",
                        "malformed JSON: " + e.getOriginalMessage() + "; the rest of the document was not read");
            }
        }
    }

    private static void readDocument(JsonParser p, SourceFile file, Checks checks, RowSink sink, ResourceCheck check)
            throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected a JSON object");
        }
        if (p.nextToken() == JsonToken.FIELD_NAME && "resourceType".equals(p.currentName())) {
            p.nextToken();
            String type = p.getText();
            if (!"Bundle".equals(type)) {
                readLoneResource(p, type, file, checks, sink, check);
                return;
            }
            p.nextToken();
        }
        for (; p.currentToken() == JsonToken.FIELD_NAME; p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("entry".equals(field) && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    long line = p.currentLocation().getLineNr();
                    JsonNode entry = JSON.readTree(p);
                    entry(entry, line, file, checks, sink, check);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static void readLoneResource(JsonParser p, String type, SourceFile file, Checks checks, RowSink sink,
                                         ResourceCheck check) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("resourceType", type);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            node.set(field, JSON.readTree(p));
        }
        Resources.route(node, file.name(), 1, checks, sink, check);
    }

    private static void entry(JsonNode entry, long line, SourceFile file, Checks checks, RowSink sink,
                              ResourceCheck check) {
        JsonNode resource = entry.get("resource");
        if (resource == null || !resource.isObject()) {
            sink.quarantined(new Provenance(file.name(), line, ""), "entry.resource", "",
                    "bundle entry without a resource");
            return;
        }
        if (!resource.hasNonNull("id") && entry.hasNonNull("fullUrl")) {
            ((ObjectNode) resource).put("id", Fhir.referenceId(entry.get("fullUrl").asText()));
        }
        Resources.route(resource, file.name(), line, checks, sink, check);
    }
}
