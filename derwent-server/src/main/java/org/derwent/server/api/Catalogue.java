package org.derwent.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.server.http.ApiException;
import org.derwent.server.status.Part;
import org.derwent.server.status.Readiness;
import org.derwent.server.status.State;
import org.derwent.server.store.Store;

/** The indicator catalogue (table {@code indicator_catalogue}), read at start-up and again by {@link #reload}. */
public final class Catalogue {
    private final Store store;
    private final Readiness readiness;
    private volatile Map<String, Map<String, Object>> byId = Map.of();

    /** Indicators that the risk step writes are hidden ({@link #all}) or answered 503 ({@link #get}) until it is ready. */
    public Catalogue(Store store, Readiness readiness) {
        this.store = store;
        this.readiness = readiness;
        reload();
    }

    /** Reads the table again (after a computation rewrote it). */
    public void reload() {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        if (store.tables().contains("indicator_catalogue")) {
            store.query("SELECT indicator_id, title, domain, description, definition_source, improvement_direction, "
                    + "target, unit, case_list FROM indicator_catalogue ORDER BY domain, indicator_id", List.of()).maps()
                    .forEach(m -> byId.put((String) m.get("indicator_id"), m));
        }
        this.byId = byId;
    }

    public List<Map<String, Object>> all() {
        boolean risk = readiness.get(Part.RISK).state() == State.READY;
        return byId.values().stream().filter(m -> risk || !readiness.isRiskIndicator((String) m.get("indicator_id"))).toList();
    }

    /** The catalogue entry, or 404 naming the id, or 503 when the risk step that writes it is still running. */
    public Map<String, Object> get(String id) {
        if (readiness.isRiskIndicator(id)) {
            readiness.require(Part.RISK);
        }
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
