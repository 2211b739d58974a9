package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Rejection;
import org.derwent.ingest.row.Subject;
import org.derwent.model.code.CodeSystem;
import org.derwent.model.extract.FhirIds;

/** Small readers of FHIR JSON elements (references, codings, extensions) that reject bad values by field. */
final class Fhir {
    /** {@link CodeSystem#byUri} as a map (first system in declaration order wins), looked up once per coding. */
    private static final Map<String, CodeSystem> SYSTEMS = systems();

    private Fhir() {
    }

    private static Map<String, CodeSystem> systems() {
        Map<String, CodeSystem> out = new HashMap<>();
        for (CodeSystem s : CodeSystem.values()) {
            out.putIfAbsent(s.uri(), s);
            s.aliases().forEach(a -> out.putIfAbsent(a, s));
        }
        return Map.copyOf(out);
    }

    /** Text of a field, or null when absent/null. Rejects objects and arrays where text is expected. */
    static String text(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new Rejection(path, v.toString(), "wrong value type: expected a string");
        }
        return v.asText();
    }

    /** The id in a reference: {@code Patient/123}, {@code urn:uuid:123}, {@code http://x/Patient/123/_history/2}. */
    static String referenceId(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String r = reference.trim();
        if (r.startsWith("urn:uuid:")) {
            return r.substring(9);
        }
        if (r.startsWith("urn:oid:")) {
            return r.substring(8);
        }
        int hist = r.indexOf("/_history/");
        if (hist > 0) {
            r = r.substring(0, hist);
        }
        int slash = r.lastIndexOf('/');
        return slash >= 0 ? r.substring(slash + 1) : r;
    }

    /** The id referenced by {@code node.field.reference}, or null. */
    static String refId(JsonNode node, String field) {
        JsonNode ref = node.get(field);
        if (ref == null || !ref.isObject()) {
            return null;
        }
        return referenceId(ref.path("reference").asText(null));
    }

    /** An organisation named by reference ({@code Organization/<ODS>}) or by ODS identifier. */
    static String organisation(JsonNode ref) {
        if (ref == null || !ref.isObject()) {
            return null;
        }
        JsonNode id = ref.get("identifier");
        if (id != null && id.hasNonNull("value")) {
            return id.get("value").asText();
        }
        String r = ref.path("reference").asText(null);
        if (r == null || r.contains("?")) {
            return r == null ? null : r.substring(r.lastIndexOf('|') + 1);
        }
        return referenceId(r);
    }

    /** The subject: by reference (resolved at merge) or by NHS number identifier. */
    static Subject subject(JsonNode resource, Checks checks) {
        JsonNode s = resource.get("subject");
        if (s == null || s.isNull()) {
            s = resource.get("patient");
        }
        if (s == null || !s.isObject()) {
            throw new Rejection("subject", "", "missing required field");
        }
        JsonNode ident = s.get("identifier");
        if (ident != null && FhirIds.NHS_NUMBER.equals(ident.path("system").asText())) {
            return Subject.person(checks.personIdOfNhsNumber("subject.identifier", ident.path("value").asText("")));
        }
        String id = referenceId(s.path("reference").asText(null));
        if (id == null) {
            throw new Rejection("subject", s.toString(), "subject has neither a reference nor an NHS number identifier");
        }
        return Subject.source(checks.sourceKey(id));
    }

    /**
     * A coding chosen from a CodeableConcept: the first in a system of English NHS records (SNOMED CT, dm+d, ICD-10,
     * OPCS-4), else the first in another system Derwent stores (LOINC, RxNorm).
     */
    record Code(CodeSystem system, String code) {
    }

    static Code code(JsonNode concept, String path) {
        if (concept == null || concept.isNull()) {
            throw new Rejection(path, "", "missing required field");
        }
        JsonNode codings = concept.get("coding");
        if (codings == null || !codings.isArray() || codings.isEmpty()) {
            throw new Rejection(path + ".coding", concept.toString(), "no coding");
        }
        StringBuilder systems = new StringBuilder();
        Code other = null;
        for (JsonNode c : codings) {
            String system = c.path("system").asText("");
            CodeSystem known = SYSTEMS.get(system);
            if (known != null && known != CodeSystem.ETHNIC_CATEGORY) {
                String code = c.path("code").asText("");
                if (code.isBlank()) {
                    throw new Rejection(path + ".coding.code", "", "missing required field");
                }
                if (known.isNhs()) {
                    return new Code(known, code.trim());
                }
                other = other == null ? new Code(known, code.trim()) : other;
            }
            systems.append(systems.length() == 0 ? "" : " ").append(system.isEmpty() ? "(none)" : system);
        }
        if (other != null) {
            return other;
        }
        throw new Rejection(path + ".coding.system", systems.toString(), "unknown code system");
    }

    /** First coding's code in {@code concept} with the given system, or null. */
    static String codeIn(JsonNode concept, String system) {
        if (concept == null) {
            return null;
        }
        for (JsonNode c : concept.path("coding")) {
            if (system.equals(c.path("system").asText())) {
                return c.path("code").asText(null);
            }
        }
        return null;
    }

    /** The extension with this URL among {@code node.extension}, or null. */
    static JsonNode extension(JsonNode node, String url) {
        for (JsonNode e : node.path("extension")) {
            if (url.equals(e.path("url").asText())) {
                return e;
            }
        }
        return null;
    }

    /** A number field: rejects strings and other non-numbers (wrong value type). */
    static Double number(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new Rejection(path, v.toString(), "wrong value type: expected a number");
        }
        return v.asDouble();
    }
}
