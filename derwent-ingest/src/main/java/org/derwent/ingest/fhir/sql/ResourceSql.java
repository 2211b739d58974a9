package org.derwent.ingest.fhir.sql;

import java.time.LocalDate;
import java.util.List;

/**
 * How the SQL maps one FHIR resource type: the type, the {@code from_json} structure its lines are read into, and the
 * staging columns and predicate built on {@link JsonSql}. See {@link PlainNdjsonReader}.
 */
interface ResourceSql {
    String type();

    /** The store table its rows go to. */
    org.derwent.store.schema.Table table();

    /** The staging table its rows go to. */
    default String staging() {
        return "stg_" + table().name();
    }

    /**
     * The structure its lines are read into, in the JSON form of {@code from_json} (see {@link #columns()}). It names recorder, asserter, requester and performer
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

    /**
     * The {@code columns} argument of {@code read_json} for this type: its {@link #structure()} as DuckDB types, with
     * {@code resourceType}.
     */
    default String columns() {
        try {
            com.fasterxml.jackson.databind.JsonNode s = new com.fasterxml.jackson.databind.ObjectMapper().readTree(structure());
            StringBuilder out = new StringBuilder("{'resourceType': 'VARCHAR'");
            s.fields().forEachRemaining(e -> out.append(", '").append(e.getKey()).append("': '")
                    .append(duckType(e.getValue())).append('\''));
            return out.append('}').toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("bad structure of " + type(), e);
        }
    }

    /** A {@code from_json} structure node as a DuckDB type: an object a STRUCT, a one-element array a list. */
    private static String duckType(com.fasterxml.jackson.databind.JsonNode n) {
        if (n.isObject()) {
            StringBuilder out = new StringBuilder("STRUCT(");
            n.fields().forEachRemaining(e -> out.append(out.length() > 7 ? ", " : "").append('"').append(e.getKey())
                    .append("\" ").append(duckType(e.getValue())));
            return out.append(')').toString();
        }
        return n.isArray() ? duckType(n.get(0)) + "[]" : n.asText();
    }

    /** The SQL of a resource type, if it has one. */
    static java.util.Optional<ResourceSql> of(String type) {
        return all().stream().filter(r -> r.type().equals(type)).findFirst();
    }

    /** The types the SQL maps. */
    static List<ResourceSql> all() {
        return List.of(new ObservationSql(), new MedicationRequestSql(), new ConditionSql());
    }
}
