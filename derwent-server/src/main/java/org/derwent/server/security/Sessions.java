package org.derwent.server.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory sessions keyed by a 256-bit random token (the cookie value), ending after 30 minutes idle.
 * Restarting the server signs everybody out.
 */
public final class Sessions {
    /** The session cookie's name. */
    public static final String COOKIE = "derwent_session";
    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();

    /** Starts a session and returns its token. */
    public String start(Principal principal) {
        String token = randomToken();
        byToken.put(token, new Session(principal, randomToken(), Instant.now()));
        return token;
    }

    /** The live session for {@code token}, refreshing its idle timer. */
    public Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session s = byToken.get(token);
        Instant now = Instant.now();
        if (s == null) {
            return Optional.empty();
        }
        if (s.lastSeen().plus(IDLE).isBefore(now)) {
            byToken.remove(token);
            return Optional.empty();
        }
        s.touch(now);
        return Optional.of(s);
    }

    public void end(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    /** A URL-safe random token of 32 bytes. */
    public static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
