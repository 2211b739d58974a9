package org.derwent.ingest.fhir.sql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.derwent.ingest.fhir.LoincMap;
import org.derwent.store.schema.StoreSchema;

/**
 * An Observation as {@code ObservationMapper} maps it, in its plain form: {@code effectiveDateTime}, no components, a
 * {@code valueQuantity} (when present) with a numeric value, and a code that the LOINC map leaves as it is (a mapped
 * LOINC code is converted by the mapper).
 */
final class ObservationSql extends ResourceSql {
    /** A Reference: a plain one has a reference and no type, identifier or actor (see {@link JsonSql#sourceOrg}). */
    static final String REF = "{\"reference\":\"VARCHAR\",\"type\":\"JSON\",\"identifier\":\"JSON\",\"actor\":\"JSON\"}";
    static final String CONCEPT = "{\"coding\":[{\"system\":\"VARCHAR\",\"code\":\"VARCHAR\"}]}";
    static final String SUBJECT = "{\"reference\":\"VARCHAR\",\"identifier\":{\"system\":\"VARCHAR\",\"value\":\"VARCHAR\"}}";

    ObservationSql() {
        super("Observation", StoreSchema.OBSERVATION, List.of("performer"));
    }

    @Override
    String structure() {
        return "{\"id\":\"VARCHAR\",\"code\":" + CONCEPT + ",\"subject\":" + SUBJECT + ",\"effectiveDateTime\":\"VARCHAR\","
                + "\"valueQuantity\":{\"value\":\"JSON\",\"unit\":\"JSON\",\"code\":\"JSON\"},\"component\":\"JSON\","
                + "\"recorder\":\"JSON\",\"asserter\":\"JSON\",\"requester\":\"JSON\",\"performer\":[" + REF + "]}";
    }

    @Override
    JsonSql sql(LocalDate extractDate) {
        JsonSql s = new JsonSql(extractDate);
        s.id();
        String chosen = s.code("j.code.coding");
        String mapped = LoincMap.BUNDLED.entries().keySet().stream().map(c -> "'" + c + "'")
                .collect(Collectors.joining(", "));
        s.require("(" + chosen + ".s <> 'loinc' OR " + chosen + ".c NOT IN (" + mapped + "))");
        s.subject();
        s.sourceOrg(Map.of("performer", "j.performer[1]"));
        s.put("obs_date", s.date("j.effectiveDateTime"));
        s.require("j.component IS NULL");
        String q = "j.valueQuantity";
        s.require("(" + q + " IS NULL OR " + q + ".value IS NOT NULL)");
        s.put("value", s.number(q + ".value"));
        s.stringOrAbsent(q + ".unit");
        s.stringOrAbsent(q + ".code");
        s.put("unit", "COALESCE(" + JsonSql.str(q + ".unit") + ", " + JsonSql.str(q + ".code") + ")");
        return s;
    }
}
