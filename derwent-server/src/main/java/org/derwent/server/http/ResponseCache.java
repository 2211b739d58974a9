package org.derwent.server.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.derwent.server.scope.Scope;
import org.derwent.server.store.Store;

/**
 * JSON answers of read-only endpoints over precomputed results, kept for {@link Store#CACHE_SECONDS} seconds
 * and keyed by role, area and the validated request URL: two users with the same role and area get the
 * same answer by construction, so the cache never crosses a scope. Patient-level endpoints never use it.
 */
public final class ResponseCache {
    private record Entry(byte[] body, long at) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Store store;

    /** Answers are keyed by the store's {@link Store#generation()}, so a rewrite of results is seen at once. */
    public ResponseCache(Store store) {
        this.store = store;
    }

    /** Answers from the cache or computes {@code body}, serialises it with the app's JSON mapper and keeps it. */
    public void json(Context ctx, Scope scope, Supplier<Object> body) {
        long generation = store.generation();
        String key = generation + "|" + scope.role().id() + "|" + scope.principal().areaCode() + "|" + ctx.path() + "?" + ctx.queryString();
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e == null || now - e.at() > Store.CACHE_SECONDS * 1_000_000_000L) {
            byte[] bytes = ctx.jsonMapper().toJsonString(body.get(), Object.class).getBytes(StandardCharsets.UTF_8);
            if (entries.size() > 20_000 || store.generation() != generation) {
                entries.clear();
            }
            e = new Entry(bytes, now);
            entries.put(key, e);
        }
        ctx.contentType("application/json").result(e.body());
    }
}
