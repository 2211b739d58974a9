package org.derwent.server.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query result held in memory: column names and rows of plain Java values (String, Long, Double, Boolean,
 * LocalDate, null).
 */
public record Table(List<String> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Rows as ordered maps, the shape the JSON API returns. */
    public List<Map<String, Object>> maps() {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), r.get(i));
            }
            out.add(m);
        }
        return out;
    }

    public int size() {
        return rows.size();
    }
}
