package org.derwent.server.security;

import java.time.Duration;

/**
 * Limits on failed sign-ins (docs/roles.md, "Failed sign-ins"): {@code accountFailures} failures for one username,
 * or {@code addressFailures} from one client address, within {@code window} lock that username or address for
 * {@code lockout}; each further lockout of the same key doubles it, up to {@code maxLockout}.
 */
public record ThrottlePolicy(int accountFailures, int addressFailures, Duration window, Duration lockout,
                             Duration maxLockout) {

    public ThrottlePolicy {
        if (accountFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("Failed sign-in limits must be at least 1, not " + accountFailures
                    + " (account) and " + addressFailures + " (address)");
        }
        if (window.isNegative() || window.isZero() || lockout.isNegative() || maxLockout.compareTo(lockout) < 0) {
            throw new IllegalArgumentException("Bad sign-in throttle durations: window " + window + ", lockout " + lockout
                    + ", max lockout " + maxLockout);
        }
    }

    /** 5 failures per account or 20 per address in 15 minutes lock for 1 minute, doubling up to 1 hour. */
    public static ThrottlePolicy standard() {
        return new ThrottlePolicy(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1));
    }
}
