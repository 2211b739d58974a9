package org.derwent.server.http;

import io.javalin.Javalin;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps {@link ApiException} and unexpected failures to responses: JSON under /api, plain pages elsewhere. */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    public static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            ctx.status(e.status());
            Object retry = e.details().get("retry_after_seconds");
            if (retry != null) {
                ctx.header("Retry-After", retry.toString());
            }
            if (ctx.path().startsWith("/api/")) {
                Map<String, Object> body = new java.util.LinkedHashMap<>();
                body.put("status", e.status());
                body.put("error", e.getMessage());
                if (!e.details().isEmpty()) {
                    body.put("part_status", e.details());
                }
                ctx.json(body);
            } else {
                ctx.contentType("text/html; charset=utf-8").result(org.derwent.server.web.Layout.errorPage(
                        ctx, e.status(), e.getMessage()));
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500);
            ctx.json(Map.of("status", 500, "error", "Internal error (see the server log)"));
        });
    }
}
