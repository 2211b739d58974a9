package org.derwent.server.http;

import io.javalin.http.Context;

/**
 * Security headers on every response: a Content-Security-Policy allowing only this origin's scripts, styles
 * and images (no inline script), no framing, no MIME sniffing, no referrer to other origins.
 */
public final class SecurityHeaders {
    /** The policy; ECharts needs inline style attributes on its canvas container, hence style-src-attr. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
        if (!ctx.path().startsWith("/vendor/") && !ctx.path().startsWith("/assets/") && !ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
