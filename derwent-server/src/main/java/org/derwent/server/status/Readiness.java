package org.derwent.server.status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.derwent.server.http.ApiException;

/**
 * The live state of the parts computed after start-up. {@code ./derwent serve} sets each part READY or MISSING
 * from the store; {@code ./derwent demo} marks them COMPUTING and READY as its background work goes. Listeners
 * (the server's caches) are told when a part becomes ready so that the new results appear without a restart.
 */
public final class Readiness {
    private final Map<Part, PartStatus> parts = new EnumMap<>(Part.class);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Set<String> riskIndicators = Set.of();

    public Readiness() {
        for (Part p : Part.values()) {
            parts.put(p, new PartStatus(p, State.READY, 0, 0, ""));
        }
    }

    /** READY for each part with rows in the store, MISSING (with the command that makes it) otherwise. */
    public static Readiness fromStore(org.derwent.server.store.Store store) {
        Readiness r = new Readiness();
        java.util.Set<String> tables = store.tables();
        if (!hasRows(store, tables, "measure_series")) {
            r.missing(Part.SERIES, "run ./derwent measures");
        }
        if (!hasRows(store, tables, "risk_score")) {
            r.missing(Part.RISK, "run ./derwent risk");
        }
        return r;
    }

    private static boolean hasRows(org.derwent.server.store.Store store, java.util.Set<String> tables, String table) {
        return tables.contains(table) && !store.query("SELECT 1 FROM " + table + " LIMIT 1", List.of()).rows().isEmpty();
    }

    public synchronized PartStatus get(Part p) {
        return parts.get(p);
    }

    public synchronized List<PartStatus> all() {
        return new ArrayList<>(parts.values());
    }

    public synchronized void computing(Part p, double expectedSeconds) {
        parts.put(p, new PartStatus(p, State.COMPUTING, System.nanoTime(), expectedSeconds, ""));
    }

    public synchronized void missing(Part p, String hint) {
        parts.put(p, new PartStatus(p, State.MISSING, 0, 0, hint));
    }

    public synchronized void failed(Part p, String reason) {
        parts.put(p, new PartStatus(p, State.FAILED, 0, 0, reason));
    }

    /** Marks the part ready and tells every listener (after the state changed). */
    public void ready(Part p) {
        synchronized (this) {
            parts.put(p, new PartStatus(p, State.READY, 0, 0, ""));
        }
        listeners.forEach(Runnable::run);
    }

    public void onReady(Runnable r) {
        listeners.add(r);
    }

    /** Indicators written by the risk step (answered 503 while risk is not ready). */
    public void riskIndicators(Set<String> ids) {
        riskIndicators = Set.copyOf(ids);
    }

    public boolean isRiskIndicator(String id) {
        return riskIndicators.contains(id);
    }

    public boolean allReady() {
        return all().stream().allMatch(s -> s.state() == State.READY);
    }

    /**
     * Returns when the part is ready; otherwise throws 503 (computing or failed) or 404 (missing) with the
     * part, its state and the expected wait in the JSON body.
     */
    public void require(Part p) {
        PartStatus s = get(p);
        if (s.state() != State.READY) {
            long now = System.nanoTime();
            throw new ApiException(s.state() == State.MISSING ? 404 : 503, s.sentence(now), s.json(now));
        }
    }
}
