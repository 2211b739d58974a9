package org.derwent.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.derwent.server.testing.Client;
import org.derwent.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Over HTTP: five wrong passwords lock the username (429, even with the right password), and it is audited. */
class SignInLockoutTest {
    @Test
    void fifth_failure_locks_the_account_and_every_step_is_audited_without_the_password() {
        var store = TestServer.get().store();
        new Accounts(store).put("lockme", "correct-horse-battery", Role.ICB_ANALYST, null, "Lock Me");
        Client c = new Client();
        for (int i = 0; i < 5; i++) {
            var r = c.login("lockme", "guess-number-" + i);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).contains("/login?error=1");
        }
        var refused = c.login("lockme", "correct-horse-battery");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many failed sign-ins");
        assertThat(c.get("/api/me").statusCode()).isEqualTo(401);

        var rows = store.query("SELECT action, what FROM audit_log WHERE \"user\" = 'lockme' ORDER BY id", List.of()).rows();
        assertThat(rows.stream().map(r -> (String) r.get(0)).toList()).containsExactly("sign_in_failed", "sign_in_failed",
                "sign_in_failed", "sign_in_failed", "sign_in_failed", "sign_in_lockout", "sign_in_refused_locked");
        assertThat(rows.get(4).get(1).toString()).contains("account_failures=5").contains("address=");
        assertThat(rows.toString()).doesNotContain("guess-number").doesNotContain("correct-horse");
    }

    @Test
    void a_successful_sign_in_is_audited() {
        Client.as("placelead");
        var rows = TestServer.get().store().query("SELECT count(*) FROM audit_log WHERE \"user\" = 'placelead' AND action = 'sign_in'",
                List.of()).rows();
        assertThat((Long) rows.get(0).get(0)).isPositive();
    }
}
