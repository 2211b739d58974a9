package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.row.Coded;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Rejection;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;
import org.derwent.ingest.row.Subject;

/**
 * Observation: code, effective date, {@code valueQuantity} value and unit (no value for coded findings), LOINC
 * mapped by {@link LoincMap}. An Observation with components (a blood-pressure panel) becomes one row per component
 * that has a code in a stored system and a value, with record id {@code <id>#<component code>}; each such row
 * counts as one loaded record. The Observation itself is stored under its own code when no component qualifies or
 * when it has a value of its own.
 */
final class ObservationMapper implements ResourceMapper {
    private final LoincMap map;

    ObservationMapper(LoincMap map) {
        this.map = map;
    }

    @Override
    public void map(JsonNode r, String id, Provenance at, Checks checks, RowSink sink) {
        Fhir.Code code = Fhir.code(r.get("code"), "code");
        Subject subject = Fhir.subject(r, checks);
        String org = SourceOrg.of(r);
        String when = r.hasNonNull("effectiveDateTime") ? Fhir.text(r, "effectiveDateTime", "effectiveDateTime")
                : r.hasNonNull("effectivePeriod") ? r.path("effectivePeriod").path("start").asText(null)
                : r.hasNonNull("effectiveInstant") ? Fhir.text(r, "effectiveInstant", "effectiveInstant")
                : Fhir.text(r, "issued", "issued");
        LocalDate date = checks.date("effectiveDateTime", when, true);
        List<Row.Observation> parts = components(r, id, subject, org, at, date);
        if (parts.isEmpty() || r.path("valueQuantity").hasNonNull("value")) {
            Measured m = Measured.of(code, r, "valueQuantity", map);
            sink.loaded(new Row.Observation(new Coded(id, subject, m.system(), m.code(), org, at), date, m.value(),
                    m.unit()));
        }
        parts.forEach(sink::loaded);
    }

    private List<Row.Observation> components(JsonNode r, String id, Subject subject, String org, Provenance at,
                                             LocalDate date) {
        List<Row.Observation> out = new ArrayList<>();
        JsonNode components = r.path("component");
        for (int i = 0; i < components.size(); i++) {
            JsonNode comp = components.get(i);
            Fhir.Code code = knownCode(comp.get("code"));
            if (code == null || !comp.path("valueQuantity").hasNonNull("value")) {
                continue;
            }
            Measured m = Measured.of(code, comp, "component[" + i + "].valueQuantity", map);
            out.add(new Row.Observation(new Coded(id + "#" + code.code(), subject, m.system(), m.code(), org, at), date,
                    m.value(), m.unit()));
        }
        return out;
    }

    /** The component's code in a stored system, or null when it has none. */
    private static Fhir.Code knownCode(JsonNode concept) {
        try {
            return concept == null ? null : Fhir.code(concept, "component.code");
        } catch (Rejection e) {
            return null;
        }
    }
}
