package org.derwent.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per username and per client address ({@link ThrottlePolicy}) and says how long a key
 * stays locked. While locked, the password is not even checked. A successful sign-in clears the username's
 * failures (not the address's). Kept in memory: a restart forgets it.
 */
public final class LoginThrottle {
    private final ThrottlePolicy policy;
    private final Clock clock;
    private final Map<String, Tracker> trackers = new ConcurrentHashMap<>();

    public LoginThrottle(ThrottlePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** What a failure led to: the failures counted in the window and the lockout it started (zero if none). */
    public record Failure(int accountFailures, int addressFailures, Duration lockout) {
    }

    /** How long the username or the address is still locked, if either is. */
    public Optional<Duration> locked(String username, String address) {
        Instant now = clock.instant();
        Duration a = tracker(accountKey(username)).remaining(now);
        Duration b = tracker(addressKey(address)).remaining(now);
        Duration max = a.compareTo(b) >= 0 ? a : b;
        return max.isZero() ? Optional.empty() : Optional.of(max);
    }

    /** Counts a failed sign-in for both keys; locks a key that reached its limit. */
    public Failure failed(String username, String address) {
        Instant now = clock.instant();
        prune(now);
        Tracker acc = tracker(accountKey(username));
        Tracker addr = tracker(addressKey(address));
        int na = acc.fail(now, policy.window());
        int nb = addr.fail(now, policy.window());
        Duration lock = Duration.ZERO;
        if (na >= policy.accountFailures()) {
            lock = max(lock, acc.lock(now, policy));
        }
        if (nb >= policy.addressFailures()) {
            lock = max(lock, addr.lock(now, policy));
        }
        return new Failure(na, nb, lock);
    }

    /** A successful sign-in: the username's failures and lockout count are forgotten. */
    public void succeeded(String username) {
        trackers.remove(accountKey(username));
    }

    private Tracker tracker(String key) {
        return trackers.computeIfAbsent(key, k -> new Tracker());
    }

    private static String accountKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Drops keys with nothing left to remember, so that random usernames cannot grow the map without bound. */
    private void prune(Instant now) {
        if (trackers.size() > 10_000) {
            trackers.entrySet().removeIf(e -> e.getValue().idle(now, policy));
        }
    }

    /** Failure times in the window, the lockout end and how many lockouts in a row (for the doubling). */
    private static final class Tracker {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.EPOCH;
        private int lockouts;

        synchronized int fail(Instant now, Duration window) {
            failures.addLast(now);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
                failures.removeFirst();
            }
            return failures.size();
        }

        synchronized Duration lock(Instant now, ThrottlePolicy p) {
            long factor = 1L << Math.min(lockouts, 20);
            Duration d = p.lockout().multipliedBy(factor);
            if (d.compareTo(p.maxLockout()) > 0) {
                d = p.maxLockout();
            }
            lockouts++;
            lockedUntil = now.plus(d);
            failures.clear();
            return d;
        }

        synchronized Duration remaining(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        synchronized boolean idle(Instant now, ThrottlePolicy p) {
            return !now.isBefore(lockedUntil.plus(p.maxLockout()))
                    && (failures.isEmpty() || failures.peekLast().isBefore(now.minus(p.window())));
        }
    }
}
