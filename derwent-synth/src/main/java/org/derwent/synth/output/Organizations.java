package org.derwent.synth.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.derwent.model.extract.FhirIds;
import org.derwent.model.footprint.Ics;
import org.derwent.model.footprint.Pcn;
import org.derwent.model.footprint.Practice;
import org.derwent.model.footprint.Provider;

/** The Organization resources: ICB, PCNs, practices (part of their PCN), providers and catchment trusts. */
public final class Organizations {
    private Organizations() {
    }

    /** Writes the organisations as NDJSON and returns how many were written. */
    public static long write(Ics ics, List<String> acuteCodes, Bytes out) throws IOException {
        JsonGenerator g = FhirJson.generator(out);
        Set<String> seen = new LinkedHashSet<>();
        one(g, seen, ics.icb().code(), ics.icb().name(), null);
        for (Pcn p : ics.pcns()) {
            one(g, seen, p.code(), p.name(), ics.icb().code());
        }
        for (Practice p : ics.practices()) {
            one(g, seen, p.code(), p.name(), p.pcnCode());
        }
        for (Provider p : ics.providers()) {
            one(g, seen, p.code(), p.name(), null);
        }
        for (String code : acuteCodes) {
            one(g, seen, code, "NHS trust " + code, null);
        }
        g.flush();
        return seen.size();
    }

    private static void one(JsonGenerator g, Set<String> seen, String code, String name, String partOf) throws IOException {
        if (!seen.add(code)) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("resourceType", "Organization");
        g.writeStringField("id", code);
        g.writeArrayFieldStart("identifier");
        g.writeStartObject();
        g.writeStringField("system", FhirIds.ODS_CODE);
        g.writeStringField("value", code);
        g.writeEndObject();
        g.writeEndArray();
        g.writeBooleanField("active", true);
        g.writeStringField("name", name);
        if (partOf != null) {
            FhirJson.reference(g, "partOf", "Organization", partOf);
        }
        g.writeEndObject();
        g.writeRaw('\n');
    }
}
