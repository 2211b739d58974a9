package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;

/** The reporting organisation of a clinical resource: the first Organization among recorder/asserter/performer. */
final class SourceOrg {
    private SourceOrg() {
    }

    static String of(JsonNode r) {
        for (String f : new String[] {"recorder", "asserter", "requester", "performer"}) {
            JsonNode ref = r.get(f);
            if (ref != null && ref.isArray()) {
                ref = ref.isEmpty() ? null : ref.get(0);
            }
            if (ref != null && ref.has("actor")) {
                ref = ref.get("actor");
            }
            if (ref != null && ref.isObject() && isOrganisation(ref)) {
                return Fhir.organisation(ref);
            }
        }
        return null;
    }

    private static boolean isOrganisation(JsonNode ref) {
        return ref.path("reference").asText("").startsWith("Organization")
                || "Organization".equals(ref.path("type").asText())
                || ref.path("identifier").path("system").asText("").endsWith("ods-organization-code");
    }
}
