package org.derwent.measures.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.measures.codelist.Codelist;
import org.derwent.measures.codelist.CodelistLibrary;

/** Numbers each codelist and lists the rows of the temporary codelist table ({@link Tables#CODES}). */
public final class CodeTable {
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    /** One member of a list. */
    public record Row(int listId, String system, String code) {
    }

    public CodeTable(CodelistLibrary library) {
        for (Codelist c : library.lists().values()) {
            int id = ids.size() + 1;
            ids.put(c.name(), id);
            c.codes().forEach(code -> rows.add(new Row(id, c.system(), code)));
        }
    }

    /** The id of a named list. */
    public int id(String name) {
        Integer id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("codelist '" + name + "' is not loaded");
        }
        return id;
    }

    /** The ids of every loaded list, by name in load order. */
    public Map<String, Integer> ids() {
        return java.util.Collections.unmodifiableMap(ids);
    }

    /** The coding systems of the loaded lists. */
    public java.util.Set<String> systems() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        rows.forEach(r -> out.add(r.system()));
        return out;
    }

    public List<Row> rows() {
        return rows;
    }
}
