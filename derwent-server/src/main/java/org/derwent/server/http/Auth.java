package org.derwent.server.http;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.derwent.server.scope.Footprint;
import org.derwent.server.scope.Scope;
import org.derwent.server.security.Session;
import org.derwent.server.security.Sessions;

/**
 * The before-filter of every request: security headers, then the session (unauthenticated API calls get
 * 401, pages redirect to /login), then the CSRF check on every state-changing request (the session's token
 * in header {@code X-CSRF-Token} or form field {@code _csrf}); finally the user's {@link Scope} is attached.
 */
public final class Auth {
    private static final String SCOPE = "derwent.scope";
    private static final String SESSION = "derwent.session";
    private final Sessions sessions;
    private final Footprint footprint;

    public Auth(Sessions sessions, Footprint footprint) {
        this.sessions = sessions;
        this.footprint = footprint;
    }

    /** Paths anyone may fetch: the login page, static assets and the API description. */
    public static boolean open(String path) {
        return path.equals("/login") || path.startsWith("/vendor/") || path.startsWith("/assets/")
                || path.startsWith("/static/") || path.equals("/openapi.json") || path.equals("/favicon.ico")
                || path.equals("/health");
    }

    public void before(Context ctx) {
        SecurityHeaders.apply(ctx);
        if (open(ctx.path())) {
            return;
        }
        Optional<Session> s = sessions.find(ctx.cookie(Sessions.COOKIE));
        if (s.isEmpty()) {
            if (ctx.path().startsWith("/api/")) {
                throw new ApiException(401, "Sign in first: no valid session for " + ctx.path());
            }
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
            return;
        }
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            String sent = ctx.header("X-CSRF-Token");
            if (sent == null) {
                sent = ctx.formParam("_csrf");
            }
            if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    s.get().csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw ApiException.forbidden("Missing or wrong CSRF token on " + method + " " + ctx.path());
            }
        }
        ctx.attribute(SESSION, s.get());
        ctx.attribute(SCOPE, new Scope(s.get().principal(), footprint));
    }

    /** The scope of the signed-in user of this request. */
    public static Scope scope(Context ctx) {
        Scope s = ctx.attribute(SCOPE);
        if (s == null) {
            throw new ApiException(401, "Sign in first");
        }
        return s;
    }

    /** The CSRF token to embed in this request's page forms. */
    public static String csrf(Context ctx) {
        Session s = ctx.attribute(SESSION);
        return s == null ? "" : s.csrfToken();
    }

    /** Sets a cookie readable only by the server, sent only to this site. */
    public static void setCookie(Context ctx, String name, String value, int maxAgeSeconds) {
        boolean https = "https".equals(ctx.scheme()) || "https".equals(ctx.header("X-Forwarded-Proto"));
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
    }
}
