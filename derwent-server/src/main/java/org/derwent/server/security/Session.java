package org.derwent.server.security;

import java.time.Instant;

/** A signed-in session: its principal, its CSRF token and when it was last used. */
public final class Session {
    private final Principal principal;
    private final String csrfToken;
    private volatile Instant lastSeen;

    Session(Principal principal, String csrfToken, Instant now) {
        this.principal = principal;
        this.csrfToken = csrfToken;
        this.lastSeen = now;
    }

    public Principal principal() {
        return principal;
    }

    public String csrfToken() {
        return csrfToken;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void touch(Instant now) {
        lastSeen = now;
    }
}
