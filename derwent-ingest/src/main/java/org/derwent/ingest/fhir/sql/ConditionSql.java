package org.derwent.ingest.fhir.sql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.derwent.store.schema.StoreSchema;

/**
 * A Condition as {@code ConditionMapper} maps it to a {@code condition} row, in its plain form: not ICD-10 (an ICD-10
 * code may be an encounter diagnosis, which the mapper turns into a diagnosis row), onset from {@code onsetDateTime}
 * or else {@code recordedDate} (no {@code onsetPeriod}), resolution from {@code abatementDateTime} (no
 * {@code abatementPeriod}).
 */
final class ConditionSql extends ResourceSql {
    ConditionSql() {
        super("Condition", StoreSchema.CONDITION, List.of());
    }

    @Override
    String structure() {
        return "{\"id\":\"VARCHAR\",\"code\":" + ObservationSql.CONCEPT + ",\"subject\":" + ObservationSql.SUBJECT
                + ",\"onsetDateTime\":\"VARCHAR\",\"recordedDate\":\"VARCHAR\",\"onsetPeriod\":\"JSON\","
                + "\"abatementDateTime\":\"VARCHAR\",\"abatementPeriod\":\"JSON\",\"recorder\":" + ObservationSql.REF
                + ",\"asserter\":" + ObservationSql.REF + ",\"requester\":\"JSON\",\"performer\":\"JSON\"}";
    }

    @Override
    JsonSql sql(LocalDate extractDate) {
        JsonSql s = new JsonSql(extractDate);
        s.id();
        String chosen = s.code("j.code.coding");
        s.require(chosen + ".s <> 'icd10'");
        s.subject();
        s.sourceOrg(Map.of("recorder", "j.recorder", "asserter", "j.asserter"));
        s.require("j.onsetPeriod IS NULL");
        s.require("j.abatementPeriod IS NULL");
        String onset = s.date("COALESCE(j.onsetDateTime, j.recordedDate)");
        String resolved = s.optionalDate("j.abatementDateTime");
        s.require("(" + resolved + " IS NULL OR " + resolved + " >= " + onset + ")");
        s.put("onset_date", onset);
        s.put("resolved_date", resolved);
        return s;
    }
}
