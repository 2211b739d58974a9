package org.derwent.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.server.http.ApiException;
import org.derwent.server.store.Store;

/** The indicator catalogue (table {@code indicator_catalogue}), read once at start-up. */
public final class Catalogue {
    private final Map<String, Map<String, Object>> byId = new LinkedHashMap<>();

    public Catalogue(Store store) {
        if (store.tables().contains("indicator_catalogue")) {
            store.query("SELECT indicator_id, title, domain, description, definition_source, improvement_direction, "
                    + "target, unit, case_list FROM indicator_catalogue ORDER BY domain, indicator_id", List.of()).maps()
                    .forEach(m -> byId.put((String) m.get("indicator_id"), m));
        }
    }

    public List<Map<String, Object>> all() {
        return List.copyOf(byId.values());
    }

    /** The catalogue entry, or 404 naming the id. */
    public Map<String, Object> get(String id) {
        Map<String, Object> m = byId.get(id);
        if (m == null) {
            throw ApiException.notFound("Unknown indicator '" + id + "'");
        }
        return m;
    }

    public String direction(String id) {
        return (String) get(id).get("improvement_direction");
    }

    public Double target(String id) {
        Object t = get(id).get("target");
        return t == null ? null : ((Number) t).doubleValue();
    }
}
