package org.derwent.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed sign-ins lock a username or an address after the limit, with lockouts that double and expire. */
class LoginThrottleTest {
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(
            new ThrottlePolicy(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(4)), clock);

    @Test
    void third_failure_locks_the_username_for_one_minute() {
        throttle.failed("analyst", "10.0.0.1");
        assertThat(throttle.failed("Analyst", "10.0.0.2").lockout()).isZero();
        assertThat(throttle.failed("analyst", "10.0.0.3").lockout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.locked("ANALYST", "10.0.0.9")).contains(Duration.ofMinutes(1));
        assertThat(throttle.locked("clinician", "10.0.0.9")).isEmpty();
        now = now.plusSeconds(61);
        assertThat(throttle.locked("analyst", "10.0.0.9")).isEmpty();
    }

    @Test
    void lockouts_double_up_to_the_maximum() {
        Duration[] seen = new Duration[4];
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 3; i++) {
                seen[round] = throttle.failed("analyst", "10.0.0." + (round * 3 + i)).lockout();
            }
            now = now.plus(seen[round]).plusSeconds(1);
        }
        assertThat(seen).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(4));
    }

    @Test
    void failures_outside_the_window_are_forgotten() {
        throttle.failed("analyst", "a");
        throttle.failed("analyst", "b");
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.failed("analyst", "c").accountFailures()).isEqualTo(1);
        assertThat(throttle.locked("analyst", "c")).isEmpty();
    }

    @Test
    void many_usernames_from_one_address_lock_the_address() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("user" + i, "192.0.2.7").lockout()).isZero();
        }
        assertThat(throttle.failed("user9", "192.0.2.7").lockout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.locked("someone-else", "192.0.2.7")).isPresent();
        assertThat(throttle.locked("someone-else", "192.0.2.8")).isEmpty();
    }

    @Test
    void success_clears_the_username_but_not_the_address() {
        throttle.failed("analyst", "192.0.2.1");
        throttle.failed("analyst", "192.0.2.1");
        throttle.succeeded("analyst");
        assertThat(throttle.failed("analyst", "192.0.2.1").accountFailures()).isEqualTo(1);
        assertThat(throttle.failed("x", "192.0.2.1").addressFailures()).isEqualTo(4);
    }
}
