package org.derwent.synth.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small helpers for writing FHIR JSON with Jackson's streaming generator (one resource per line). */
final class FhirJson {
    static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);

    private FhirJson() {
    }

    static JsonGenerator generator(Bytes out) {
        try {
            return FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void coding(JsonGenerator g, String system, String code) throws IOException {
        g.writeStartObject();
        g.writeStringField("system", system);
        g.writeStringField("code", code);
        g.writeEndObject();
    }

    /** {@code "field": {"coding": [{"system": s, "code": c}]}}. */
    static void concept(JsonGenerator g, String field, String system, String code) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeArrayFieldStart("coding");
        coding(g, system, code);
        g.writeEndArray();
        g.writeEndObject();
    }

    static void reference(JsonGenerator g, String field, String type, String id) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("reference", type + "/" + id);
        g.writeEndObject();
    }

    static void id(JsonGenerator g, String pid, char kind, int seq) throws IOException {
        g.writeStringField("id", pid + "-" + kind + seq);
    }

    static String ref(String pid, char kind, int seq) {
        return pid + "-" + kind + seq;
    }
}
