package org.derwent.server.web;

import static org.derwent.server.web.Html.esc;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.derwent.server.http.ApiException;
import org.derwent.server.http.Auth;
import org.derwent.server.http.Params;
import org.derwent.server.http.Router;
import org.derwent.server.security.Accounts;
import org.derwent.server.security.Principal;
import org.derwent.server.security.Sessions;
import org.derwent.server.security.LoginThrottle;
import org.derwent.server.api.Audit;

/**
 * Sign in and sign out. The login form is protected against login CSRF by a double-submit token: a random
 * value in a SameSite=Strict cookie that the form must echo.
 */
public final class LoginPages {
    private static final String LOGIN_CSRF = "derwent_login_csrf";
    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Audit audit;

    public LoginPages(Accounts accounts, Sessions sessions, LoginThrottle throttle, Audit audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
    }

    public void register(Router r) {
        r.get("/login", ctx -> {
            Params.check(ctx, java.util.Set.of("error"));
            form(ctx, ctx.queryParam("error") != null ? WRONG : "");
        });
        r.post("/login", this::login);
        r.post("/logout", ctx -> {
            sessions.end(ctx.cookie(Sessions.COOKIE));
            Auth.setCookie(ctx, Sessions.COOKIE, "", 0);
            ctx.redirect("/login");
        });
    }

    private static final String WRONG = "Username or password is not right";

    private void form(Context ctx, String problem) {
        String token = Sessions.randomToken();
        Auth.setCookie(ctx, LOGIN_CSRF, token, 1800);
        String error = problem.isEmpty() ? "" : """
                <div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1">
                <h2 class="nhsuk-error-summary__title" id="error-summary-title">There is a problem</h2>
                <div class="nhsuk-error-summary__body"><ul class="nhsuk-list nhsuk-error-summary__list">
                <li><a href="#username">%s</a></li></ul></div></div>""".formatted(esc(problem));
        ctx.html(Layout.page(ctx, "Sign in", """
                <div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
                %s
                <h1>Sign in to Derwent</h1>
                <form method="post" action="/login" novalidate>
                <input type="hidden" name="_csrf" value="%s">
                <div class="nhsuk-form-group"><label class="nhsuk-label" for="username">Username</label>
                <input class="nhsuk-input nhsuk-u-width-two-thirds" id="username" name="username" type="text" autocomplete="username" spellcheck="false"></div>
                <div class="nhsuk-form-group"><label class="nhsuk-label" for="password">Password</label>
                <input class="nhsuk-input nhsuk-u-width-two-thirds" id="password" name="password" type="password" autocomplete="current-password"></div>
                <button class="nhsuk-button" type="submit" id="signin">Sign in</button>
                </form>
                <p class="nhsuk-body-s">Demonstration accounts are listed in docs/roles.md.</p>
                </div></div>""".formatted(error, esc(token))));
    }

    private void login(Context ctx) {
        String sent = ctx.formParam("_csrf");
        String cookie = ctx.cookie(LOGIN_CSRF);
        if (sent == null || cookie == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                cookie.getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.forbidden("Missing or wrong CSRF token on the sign-in form; reload the page");
        }
        String user = ctx.formParam("username");
        String pass = ctx.formParam("password");
        if (user == null || pass == null || user.length() > 64 || pass.length() > 256
                || !user.matches("[A-Za-z0-9_.-]{1,64}")) {
            ctx.redirect("/login?error=1");
            return;
        }
        String address = ctx.ip();
        Optional<java.time.Duration> locked = throttle.locked(user, address);
        if (locked.isPresent()) {
            long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
            audit.signIn(user, "sign_in_refused_locked", "address=" + address);
            ctx.status(429).header("Retry-After", Long.toString(locked.get().toSeconds()));
            form(ctx, "Too many failed sign-ins for this username or from this address: try again in about "
                    + minutes + (minutes == 1 ? " minute" : " minutes"));
            return;
        }
        Optional<Principal> p = accounts.authenticate(user, pass);
        if (p.isEmpty()) {
            LoginThrottle.Failure f = throttle.failed(user, address);
            audit.signIn(user, "sign_in_failed", "address=" + address + " account_failures=" + f.accountFailures()
                    + " address_failures=" + f.addressFailures());
            if (!f.lockout().isZero()) {
                audit.signIn(user, "sign_in_lockout", "address=" + address + " seconds=" + f.lockout().toSeconds());
            }
            ctx.redirect("/login?error=1");
            return;
        }
        throttle.succeeded(user);
        audit.signIn(user, "sign_in", "address=" + address);
        Auth.setCookie(ctx, LOGIN_CSRF, "", 0);
        Auth.setCookie(ctx, Sessions.COOKIE, sessions.start(p.get()), 8 * 3600);
        ctx.redirect("/");
    }
}
