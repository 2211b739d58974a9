package org.derwent.measures.caselist;

import java.util.Map;

/**
 * One patient of a case list: the pseudonym, the filled-in reason, the values shown, and (direct care only) the
 * NHS number and name from the identity table.
 */
public record CaseRow(String personId, String reason, Map<String, String> values, String nhsNumber, String name) {
    public CaseRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
