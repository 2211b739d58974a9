package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Rejection;
import org.derwent.ingest.row.RowSink;

/**
 * Routes one parsed resource to its mapper. Types Derwent uses: Patient, Condition, Observation,
 * MedicationRequest, Encounter, Procedure, ServiceRequest. Any other valid FHIR R4 type is skipped-by-type;
 * an unknown type, a missing id or a mapper rejection is quarantined.
 */
public final class Resources {
    private static final Map<String, ResourceMapper> MAPPERS = Map.of(
            "Patient", new PatientMapper(),
            "Condition", new ConditionMapper(),
            "Observation", new ObservationMapper(LoincMap.BUNDLED),
            "MedicationRequest", new MedicationRequestMapper(),
            "Encounter", new EncounterMapper(),
            "Procedure", new ProcedureMapper(),
            "ServiceRequest", new ServiceRequestMapper());
    private static final Set<String> R4_TYPES = readTypes();

    private Resources() {
    }

    /** The FHIR resource types Derwent loads. */
    public static Set<String> used() {
        return MAPPERS.keySet();
    }

    /** Maps a resource read at {@code file:line}; every call ends in exactly one sink outcome. */
    public static void route(JsonNode resource, String file, long line, Checks checks, RowSink sink) {
        route(resource, file, line, checks, sink, ResourceCheck.NONE);
    }

    /**
     * As {@link #route(JsonNode, String, long, Checks, RowSink)}, with {@code check} run first on resources of the
     * types Derwent maps (other types are skipped unchecked); a problem it finds quarantines the resource.
     */
    public static void route(JsonNode resource, String file, long line, Checks checks, RowSink sink,
                             ResourceCheck check) {
        if (!resource.isObject()) {
            sink.quarantined(new Provenance(file, line, ""), "resourceType", abbreviate(resource.toString()),
                    "not a JSON object");
            return;
        }
        String type = resource.path("resourceType").asText("");
        Provenance at = new Provenance(file, line, type);
        if (type.isEmpty()) {
            sink.quarantined(at, "resourceType", "", "missing required field");
            return;
        }
        ResourceMapper mapper = MAPPERS.get(type);
        if (mapper == null) {
            if (R4_TYPES.contains(type)) {
                sink.skipped(at);
            } else {
                sink.quarantined(at, "resourceType", type, "not a FHIR R4 resource type");
            }
            return;
        }
        ResourceCheck.Problem problem = check.check(resource);
        if (problem != null) {
            sink.quarantined(at, problem.field(), abbreviate(problem.value()), problem.reason());
            return;
        }
        try {
            String id = Checks.required("id", resource.path("id").asText(null));
            mapper.map(resource, id, at, checks, sink);
        } catch (Rejection e) {
            sink.quarantined(at, e.field(), abbreviate(e.value()), e.reason());
        }
    }

    static String abbreviate(String v) {
        return v == null ? "" : v.length() <= 200 ? v : v.substring(0, 200) + "...";
    }

    private static Set<String> readTypes() {
        InputStream in = Resources.class.getResourceAsStream("r4-resource-types.txt");
        if (in == null) {
            throw new IllegalStateException("r4-resource-types.txt missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
