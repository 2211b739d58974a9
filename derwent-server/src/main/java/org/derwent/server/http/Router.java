package org.derwent.server.http;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers routes on the Javalin app and remembers them, so a test can check that every API route is
 * described in /openapi.json.
 */
public final class Router {
    /** One registered route; {@code path} uses Javalin's {@code {param}} syntax, as OpenAPI does. */
    public record Route(String method, String path) {
    }

    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();

    public Router(Javalin app) {
        this.app = app;
    }

    public void get(String path, Handler h) {
        routes.add(new Route("get", path));
        app.get(path, h);
    }

    public void post(String path, Handler h) {
        routes.add(new Route("post", path));
        app.post(path, h);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
