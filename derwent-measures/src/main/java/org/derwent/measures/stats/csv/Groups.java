package org.derwent.measures.stats.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits rows by the value of a grouping column (one group "" when the column is absent), keeping first-seen order. */
final class Groups {
    private Groups() {
    }

    static Map<String, List<CsvRow>> by(CsvInput in, String column) {
        Map<String, List<CsvRow>> groups = new LinkedHashMap<>();
        for (CsvRow r : in.rows()) {
            groups.computeIfAbsent(in.has(column) ? r.text(column) : "", k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** "group 'X' (lines a-b)" for messages. */
    static String where(String file, String group, List<CsvRow> rows) {
        String name = group.isEmpty() ? "" : " group '" + group + "'";
        return file + name + " (lines " + rows.get(0).line() + "-" + rows.get(rows.size() - 1).line() + ")";
    }
}
