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
    /** The JSON bytes and, for bodies worth it, their gzip form (compressed once, not per request). */
    private record Entry(byte[] raw, byte[] gzip) {
    }

    /** Bodies smaller than this are sent as they are (as Javalin's own compression does). */
    static final int GZIP_FROM = 1500;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
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
        Entry e = entries.get(key);
        if (e == null) {
            byte[] raw = ctx.jsonMapper().toJsonString(body.get(), Object.class).getBytes(StandardCharsets.UTF_8);
            e = new Entry(raw, raw.length >= GZIP_FROM ? gzip(raw) : null);
            if (entries.size() > 20_000) {
                entries.clear();
            }
            if (store.generation() == g) {
                entries.put(key, e);
            }
        }
        send(ctx, e);
    }

    /** Writes the body straight to the servlet response with its length, gzip-encoded when the client accepts it. */
    private static void send(Context ctx, Entry e) {
        var res = ctx.res();
        String accept = ctx.header("Accept-Encoding");
        boolean gz = e.gzip() != null && accept != null && accept.contains("gzip");
        byte[] out = gz ? e.gzip() : e.raw();
        res.setContentType("application/json");
        if (gz) {
            res.setHeader("Content-Encoding", "gzip");
        }
        res.setContentLength(out.length);
        try {
            res.getOutputStream().write(out);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("Client went away while answering " + ctx.path(), ex);
        }
    }

    private static byte[] gzip(byte[] raw) {
        var bytes = new java.io.ByteArrayOutputStream(raw.length / 4);
        try (var z = new java.util.zip.GZIPOutputStream(bytes)) {
            z.write(raw);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("Cannot gzip an answer in memory", ex);
        }
        return bytes.toByteArray();
    }
}
