package org.derwent.server.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.derwent.server.scope.Scope;
import org.derwent.server.store.Store;

/**
 * Serialised JSON answers of read-only endpoints over precomputed results, keyed by role, area and the validated
 * request URL: two users with the same role and area get the same answer by construction, so the cache never
 * crosses a scope. Answers are kept until the store moves to a new {@link Store#generation()} (results rewritten
 * in this process). Patient-level endpoints never use it.
 */
public final class ResponseCache {
    private final Map<String, byte[]> entries = new ConcurrentHashMap<>();
    private final Store store;
    private volatile long generation;

    public ResponseCache(Store store) {
        this.store = store;
        this.generation = store.generation();
    }

    /** Answers from the cache or computes {@code body}, serialises it with the app's JSON mapper and keeps it. */
    public void json(Context ctx, Scope scope, Supplier<Object> body) {
        long g = store.generation();
        if (g != generation) {
            entries.clear();
            generation = g;
        }
        String key = g + "|" + scope.role().id() + "|" + scope.principal().areaCode() + "|" + ctx.path() + "?" + ctx.queryString();
        byte[] bytes = entries.get(key);
        if (bytes == null) {
            bytes = ctx.jsonMapper().toJsonString(body.get(), Object.class).getBytes(StandardCharsets.UTF_8);
            if (entries.size() > 20_000) {
                entries.clear();
            }
            if (store.generation() == g) {
                entries.put(key, bytes);
            }
        }
        ctx.contentType("application/json").result(bytes);
    }
}
