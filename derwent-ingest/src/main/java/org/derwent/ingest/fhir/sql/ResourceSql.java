package org.derwent.ingest.fhir.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.derwent.store.schema.Table;

/**
 * How the SQL maps one FHIR resource type: the type, its store table, the structure its lines are read into, and the
 * columns and predicate built on {@link JsonSql}. See {@link PlainNdjsonReader}.
 */
abstract class ResourceSql {
    private final String type;
    private final Table table;
    private final List<String> lists;

    /** {@code lists}: see {@link #lists()}. */
    ResourceSql(String type, Table table, List<String> lists) {
        this.type = type;
        this.table = table;
        this.lists = List.copyOf(lists);
    }

    final String type() {
        return type;
    }

    /** The store table its rows go to. */
    final Table table() {
        return table;
    }

    /** The staging table its rows go to. */
    final String staging() {
        return "stg_" + table.name();
    }

    /**
     * The list members the predicate reads (such as {@code performer}), each with a marker column
     * ({@link JsonSql#present}) saying whether a member read as NULL appears on the line; in a compact file (no JSON
     * null) that DuckDB read without error it never does.
     */
    final List<String> lists() {
        return lists;
    }

    /**
     * The structure its lines are read into, in the JSON form of {@code from_json} (see {@link #columns()}). It names
     * recorder, asserter, requester and performer (as {@code JSON} when the type does not read them: they must then be
     * absent), as the Java mapper looks at all four for the reporting organisation.
     */
    abstract String structure();

    /** The columns and predicate, for lines read on or before {@code extractDate}. */
    abstract JsonSql sql(LocalDate extractDate);

    /**
     * The {@code columns} argument of {@code read_json} for this type: its {@link #structure()} as DuckDB types, with
     * {@code resourceType}.
     */
    final String columns() {
        try {
            JsonNode s = new ObjectMapper().readTree(structure());
            StringBuilder out = new StringBuilder("{'resourceType': 'VARCHAR'");
            s.fields().forEachRemaining(e -> out.append(", '").append(e.getKey()).append("': '")
                    .append(duckType(e.getValue())).append('\''));
            return out.append('}').toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad structure of " + type, e);
        }
    }

    /** A structure node as a DuckDB type: an object a STRUCT, a one-element array a list, a text the type it names. */
    private static String duckType(JsonNode n) {
        if (n.isObject()) {
            StringBuilder out = new StringBuilder("STRUCT(");
            n.fields().forEachRemaining(e -> out.append(out.length() > 7 ? ", " : "").append('"').append(e.getKey())
                    .append("\" ").append(duckType(e.getValue())));
            return out.append(')').toString();
        }
        return n.isArray() ? duckType(n.get(0)) + "[]" : n.asText();
    }

    /** The SQL of a resource type, if it has one. */
    static Optional<ResourceSql> of(String type) {
        return all().stream().filter(r -> r.type().equals(type)).findFirst();
    }

    /** The types the SQL maps. */
    static List<ResourceSql> all() {
        return List.of(new ObservationSql(), new MedicationRequestSql(), new ConditionSql());
    }
}
