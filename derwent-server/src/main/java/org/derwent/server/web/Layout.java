package org.derwent.server.web;

import static org.derwent.server.web.Html.esc;

import io.javalin.http.Context;
import org.derwent.server.http.Auth;
import org.derwent.server.scope.Scope;
import org.derwent.server.security.Role;
import org.derwent.server.status.PartStatus;
import org.derwent.server.status.Readiness;
import org.derwent.server.status.State;

/** The NHS.UK frontend page frame: header with service name and navigation, main wrapper, footer. */
public final class Layout {
    /** Request attribute holding the server's {@link Readiness}. */
    public static final String READINESS = "derwent.readiness";

    private Layout() {
    }

    /**
     * A status banner while a part (SPC series, risk scores) is being computed or has failed; {@code app.js}
     * polls {@code /api/status} while it is shown and reloads the page once everything is ready.
     */
    static String statusBanner(Context ctx) {
        Readiness readiness = ctx.attribute(READINESS);
        if (readiness == null || ctx.attribute("derwent.scope") == null) {
            return "";
        }
        long now = System.nanoTime();
        StringBuilder sb = new StringBuilder();
        boolean computing = false;
        for (PartStatus s : readiness.all()) {
            if (s.state() == State.COMPUTING || s.state() == State.FAILED) {
                sb.append("<li>").append(esc(s.sentence(now))).append("</li>");
                computing |= s.state() == State.COMPUTING;
            }
        }
        if (sb.isEmpty()) {
            return "";
        }
        return "<div class=\"nhsuk-inset-text derwent-status\" role=\"status\"" + (computing ? " data-status-poll=\"true\"" : "")
                + "><span class=\"nhsuk-u-visually-hidden\">Information: </span><ul class=\"nhsuk-list derwent-status__list\">"
                + sb + "</ul>" + (computing ? "<p class=\"nhsuk-body-s\">This page reloads itself when they are ready.</p>" : "")
                + "</div>";
    }

    /** A full page around {@code body} (already escaped HTML). */
    public static String page(Context ctx, String title, String body) {
        Scope scope = ctx.attribute("derwent.scope");
        StringBuilder nav = new StringBuilder();
        String who = "";
        if (scope != null) {
            Role r = scope.role();
            nav.append(link(ctx, "/", "Overview"));
            nav.append(link(ctx, "/indicators", "Indicators"));
            if (r != Role.PUBLIC) {
                nav.append(link(ctx, "/map", "Map"));
                nav.append(link(ctx, "/profile", "Profiles"));
                nav.append(link(ctx, "/worklists", "Worklists"));
                nav.append(link(ctx, "/quality", "Data quality"));
            }
            who = "<form method=\"post\" action=\"/logout\" class=\"derwent-signout\">"
                    + "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(Auth.csrf(ctx)) + "\">"
                    + "<span class=\"derwent-user\">" + esc(scope.principal().displayName()) + " &middot; "
                    + esc(r.label()) + (scope.principal().areaCode() == null ? "" : " (" + esc(scope.principal().areaCode()) + ")")
                    + "</span> <button class=\"derwent-linkbutton\" type=\"submit\">Sign out</button></form>";
        }
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s - Derwent</title>
                <link rel="icon" href="/assets/images/favicon.ico">
                <link rel="stylesheet" href="/vendor/nhsuk-frontend.min.css">
                <link rel="stylesheet" href="/static/derwent.css">
                <script type="module" src="/static/nhsuk-init.js"></script>
                <script src="/vendor/echarts.min.js" defer></script>
                <script src="/static/app.js" defer></script>
                </head>
                <body>
                <a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
                <header class="nhsuk-header" role="banner">
                  <div class="nhsuk-header__container nhsuk-width-container">
                    <div class="nhsuk-header__service">
                      <a class="nhsuk-header__service-logo derwent-brand" href="/">Derwent <span class="derwent-brand__sub">population health</span></a>
                    </div>
                    <div class="derwent-who">%s</div>
                  </div>
                  <nav class="derwent-nav" aria-label="Menu"><div class="nhsuk-width-container"><ul class="derwent-nav__list">%s</ul></div></nav>
                </header>
                <div class="nhsuk-width-container">
                <main class="nhsuk-main-wrapper" id="maincontent" role="main">
                %s%s
                </main>
                </div>
                <footer role="contentinfo" class="nhsuk-footer"><div class="nhsuk-width-container">
                <p class="nhsuk-body-s">Derwent &middot; synthetic data for demonstration &middot; counts 1-7 suppressed (*) and others rounded to the nearest 5 (~) outside direct care &middot; contains OS and ONS data &copy; Crown copyright.</p>
                </div></footer>
                </body>
                </html>
                """.formatted(esc(title), who, nav, statusBanner(ctx), body);
    }

    private static String link(Context ctx, String href, String label) {
        boolean current = href.equals("/") ? ctx.path().equals("/") : ctx.path().startsWith(href);
        return "<li class=\"derwent-nav__item\"><a class=\"derwent-nav__link\" href=\"" + href + "\""
                + (current ? " aria-current=\"page\"" : "") + ">" + esc(label) + "</a></li>";
    }

    /** An error page body for HTML routes. */
    public static String errorPage(Context ctx, int status, String message) {
        return page(ctx, "Error " + status, "<h1>Sorry, there is a problem</h1><p class=\"nhsuk-body\">"
                + esc(status + ": " + message) + "</p><p><a href=\"/\">Back to the overview</a></p>");
    }
}
