package org.derwent.ingest.fhir.sql;

import java.time.LocalDate;
import java.util.List;

/**
 * How the SQL maps one FHIR resource type: the type, the {@code from_json} structure its lines are read into, and the
 * staging columns and predicate built on {@link JsonSql}. See {@link PlainNdjsonReader}.
 */
interface ResourceSql {
    String type();

    /** The staging table its rows go to. */
    String staging();

    /**
     * The {@code from_json} structure, as DuckDB's JSON text. It names recorder, asserter, requester and performer
     * (as {@code JSON} when the type does not read them: they must then be absent), as the Java mapper looks at all
     * four for the reporting organisation.
     */
    String structure();

    /**
     * The list members the predicate reads (such as {@code performer}): {@code from_json} reads a list that is absent
     * and a member that is not a list alike, as NULL, so for such a line the reader tests whether the name appears on
     * the line ({@link JsonSql#present}).
     */
    List<String> lists();

    /** The staging columns and predicate, for lines read on or before {@code extractDate}. */
    JsonSql sql(LocalDate extractDate);

    /** The types the SQL maps. */
    static List<ResourceSql> all() {
        return List.of(new ObservationSql(), new MedicationRequestSql(), new ConditionSql());
    }
}
