package org.derwent.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Counts, independently of the loader, what Synthea's bundles hold: resources coded only in LOINC or RxNorm (which
 * Derwent quarantined as {@code unknown code system} before it stored those systems), resources coded in no stored
 * system, and blood-pressure panel components with a value.
 */
record SyntheaCodings(long loincOrRxnormOnly, long noStoredSystem, long systolicComponents, long diastolicComponents,
                      long rxnormMedicines) {
    private static final Set<String> NHS = Set.of("http://snomed.info/sct", "https://dmd.nhs.uk",
            "http://hl7.org/fhir/sid/icd-10", "https://fhir.hl7.org.uk/CodeSystem/OPCS-4");
    private static final String LOINC = "http://loinc.org";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final List<String> CODED = List.of("Observation", "Condition", "Procedure", "ServiceRequest",
            "MedicationRequest");

    static SyntheaCodings scan(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long usOnly = 0;
        long none = 0;
        long sys = 0;
        long dia = 0;
        long rx = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                for (JsonNode e : json.readTree(f.toFile()).path("entry")) {
                    JsonNode r = e.path("resource");
                    String type = r.path("resourceType").asText();
                    if (!CODED.contains(type) || r.has("medicationReference")) {
                        continue;
                    }
                    JsonNode concept = type.equals("MedicationRequest") ? r.path("medicationCodeableConcept") : r.path("code");
                    Set<String> systems = systems(concept);
                    if (systems.stream().noneMatch(NHS::contains)) {
                        if (systems.contains(LOINC) || systems.contains(RXNORM)) {
                            usOnly++;
                        } else {
                            none++;
                        }
                    }
                    rx += type.equals("MedicationRequest") && systems.equals(Set.of(RXNORM)) ? 1 : 0;
                    for (JsonNode c : r.path("component")) {
                        String code = c.path("code").path("coding").path(0).path("code").asText();
                        boolean value = c.path("valueQuantity").hasNonNull("value");
                        sys += value && code.equals("8480-6") ? 1 : 0;
                        dia += value && code.equals("8462-4") ? 1 : 0;
                    }
                }
            }
        }
        return new SyntheaCodings(usOnly, none, sys, dia, rx);
    }

    private static Set<String> systems(JsonNode concept) {
        return Set.copyOf(concept.path("coding").findValuesAsText("system"));
    }
}
