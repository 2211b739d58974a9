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
            if (ctx.path().startsWith("/api/")) {
                ctx.json(Map.of("status", e.status(), "error", e.getMessage()));
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
