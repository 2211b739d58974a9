package org.derwent.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.derwent.server.DerwentServer;
import org.derwent.server.http.Router;
import org.derwent.server.testing.Client;
import org.derwent.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Unauthenticated requests are denied, sessions and CSRF tokens are required, cookies and headers are strict. */
class AuthenticationTest {
    @Test
    void every_route_denies_unauthenticated_requests() {
        DerwentServer s = TestServer.get();
        Client anon = new Client();
        for (Router.Route r : s.routes()) {
            String path = r.path().replace("{id}", "HYP_TTT").replace("{level}", "practice").replace("{code}", "C81001");
            if (path.equals("/login") || path.equals("/openapi.json") || path.equals("/health")) {
                continue;
            }
            var resp = r.method().equals("get") ? anon.get(path) : anon.postForm(path, Map.of("x", "y"), null);
            if (path.startsWith("/api/")) {
                assertThat(resp.statusCode()).as(r.toString()).isEqualTo(401);
            } else if (path.equals("/logout")) {
                assertThat(resp.statusCode()).as(r.toString()).isIn(302, 401, 403);
            } else {
                assertThat(resp.statusCode()).as(r.toString()).isIn(302, 403);
                if (resp.statusCode() == 302) {
                    assertThat(resp.headers().firstValue("Location")).contains("/login");
                }
            }
        }
    }

    @Test
    void wrong_password_is_refused() {
        Client c = new Client();
        var r = c.login("analyst", "wrong-password");
        assertThat(r.headers().firstValue("Location")).contains("/login?error=1");
        assertThat(c.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void login_without_the_form_token_is_refused() {
        Client c = new Client();
        var r = c.postForm("/login", Map.of("username", "analyst", "password", DemoAccounts.PASSWORD), null);
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void session_cookie_is_httponly_and_samesite_strict() {
        Client c = new Client();
        var page = c.get("/login");
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        var r = c.postForm("/login", Map.of("_csrf", m.group(1), "username", "analyst", "password", DemoAccounts.PASSWORD), null);
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(x -> x.startsWith("derwent_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
    }

    @Test
    void state_changes_need_the_session_csrf_token() {
        Client c = Client.as("clinician");
        Map<String, String> form = Map.of("indicator", "HYP_TTT", "person_id", "abcdef0123456789", "status", "done");
        assertThat(c.postForm("/api/worklist/status", form, null).statusCode()).isEqualTo(403);
        assertThat(c.postForm("/api/worklist/status", form, "wrong-token-wrong-token-wrong").statusCode()).isEqualTo(403);
        assertThat(c.postForm("/api/worklist/status", form, Client.as("practice").csrf()).statusCode()).isEqualTo(403);
    }

    @Test
    void responses_carry_security_headers() {
        var r = Client.as("analyst").get("/indicators/HYP_TTT");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("'unsafe-eval'");
        assertThat(csp.replace("style-src-attr 'unsafe-inline'", "")).doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(r.body()).doesNotContainPattern("<script>[^<]");
        assertThat(r.body()).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes() {
        var rows = TestServer.get().store().query("SELECT password_hash FROM app_user", java.util.List.of()).rows();
        assertThat(rows).hasSize(5);
        rows.forEach(r -> assertThat((String) r.get(0)).startsWith("$argon2id$v=19$").doesNotContain(DemoAccounts.PASSWORD));
    }
}
