package org.derwent.ingest.lines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a SQL reader builds for the rows it loads itself: each column as a SQL expression, and a predicate that is
 * stricter than the Java mapper, so that a row it accepts the mapper would load with the same values. The plain CSV
 * ({@code csv.LineSql}) and FHIR NDJSON ({@code fhir.sql.JsonSql}) readers each extend it.
 */
public abstract class RowSql {
    /** The columns' expressions, in staging order. */
    protected final Map<String, String> columns = new LinkedHashMap<>();
    /** The parts of the predicate, all of which must hold. */
    protected final List<String> valid = new ArrayList<>();

    public void put(String column, String expression) {
        columns.put(column, expression);
    }

    /** Column names, in the order of {@link #expressions()}. */
    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    public List<String> expressions() {
        return List.copyOf(columns.values());
    }

    /** The expressions by column name. */
    public Map<String, String> byColumn() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** True for a row the SQL loads itself (NULL or false: the Java mapper decides). */
    public String valid() {
        return String.join(" AND ", valid);
    }
}
