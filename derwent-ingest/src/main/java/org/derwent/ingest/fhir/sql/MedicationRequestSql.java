package org.derwent.ingest.fhir.sql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.derwent.store.schema.StoreSchema;

/**
 * A MedicationRequest as {@code MedicationRequestMapper} maps it, in its plain form: a
 * {@code medicationCodeableConcept}, {@code authoredOn}, a numeric {@code dispenseRequest.quantity.value} when there
 * is a quantity, a whole-number {@code expectedSupplyDuration.value} when there is a duration (days, or weeks and
 * months by its code or else unit, as the mapper converts them), and repeat or acute from
 * {@code courseOfTherapyType}.
 */
final class MedicationRequestSql extends ResourceSql {
    private static final String COURSE = "http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy";

    MedicationRequestSql() {
        super("MedicationRequest", StoreSchema.MEDICATION, List.of());
    }

    @Override
    String structure() {
        return "{\"id\":\"VARCHAR\",\"medicationCodeableConcept\":" + ObservationSql.CONCEPT + ",\"subject\":"
                + ObservationSql.SUBJECT + ",\"authoredOn\":\"VARCHAR\",\"recorder\":\"JSON\",\"asserter\":\"JSON\","
                + "\"requester\":" + ObservationSql.REF
                + ",\"performer\":" + ObservationSql.REF + ",\"courseOfTherapyType\":" + ObservationSql.CONCEPT
                + ",\"dispenseRequest\":{\"quantity\":{\"value\":\"JSON\"},\"expectedSupplyDuration\":{\"value\":\"JSON\","
                + "\"code\":\"JSON\",\"unit\":\"JSON\"}}}";
    }

    @Override
    JsonSql sql(LocalDate extractDate) {
        JsonSql s = new JsonSql(extractDate);
        s.id();
        s.code("j.medicationCodeableConcept.coding");
        s.subject();
        s.sourceOrg(Map.of("requester", "j.requester", "performer", "j.performer"));
        s.put("issue_date", s.date("j.authoredOn"));
        String quantity = "j.dispenseRequest.quantity.value";
        s.require("(j.dispenseRequest.quantity IS NULL OR " + quantity + " IS NOT NULL)");
        s.put("quantity", s.number(quantity));
        String supply = "j.dispenseRequest.expectedSupplyDuration";
        s.require("(" + supply + " IS NULL OR regexp_full_match(" + supply + ".value, '[0-9]{1,6}'))");
        s.stringOrAbsent(supply + ".code");
        s.stringOrAbsent(supply + ".unit");
        String unit = "COALESCE(" + JsonSql.str(supply + ".code") + ", " + JsonSql.str(supply + ".unit") + ", 'd')";
        s.put("duration_days", "CAST(" + supply + ".value AS INTEGER) * CASE WHEN " + unit + " IN ('wk', 'week', 'weeks') "
                + "THEN 7 WHEN " + unit + " IN ('mo', 'month', 'months') THEN 30 ELSE 1 END");
        String coding = "j.courseOfTherapyType.coding";
        s.require("(j.courseOfTherapyType IS NULL OR " + coding + " IS NOT NULL)");
        String course = "list_filter(" + coding + ", cd -> cd.system = '" + COURSE + "')[1].code";
        s.put("is_repeat", "CASE WHEN " + course + " IS NOT NULL THEN " + course + " = 'continuous' END");
        return s;
    }
}
