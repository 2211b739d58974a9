package org.derwent.ingest.csv;

import java.util.List;
import java.util.Map;

/** Named access to one CSV record's fields; an empty field is null. */
final class CsvRow {
    private final Map<String, Integer> index;
    private final List<String> fields;

    CsvRow(Map<String, Integer> index, List<String> fields) {
        this.index = index;
        this.fields = fields;
    }

    String get(String column) {
        Integer i = index.get(column);
        if (i == null || i >= fields.size()) {
            return null;
        }
        String v = fields.get(i).trim();
        return v.isEmpty() ? null : v;
    }
}
