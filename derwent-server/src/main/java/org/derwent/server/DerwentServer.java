package org.derwent.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.util.List;
import org.derwent.server.api.Api;
import org.derwent.server.api.Audit;
import org.derwent.server.api.Catalogue;
import org.derwent.server.api.Quality;
import org.derwent.server.disclosure.Disclosures;
import org.derwent.server.disclosure.ResultRows;
import org.derwent.server.http.Auth;
import org.derwent.server.http.Errors;
import org.derwent.server.http.Router;
import org.derwent.server.scope.Footprint;
import org.derwent.server.security.Accounts;
import org.derwent.server.security.DemoAccounts;
import org.derwent.server.security.LoginThrottle;
import org.derwent.server.security.Sessions;
import org.derwent.server.security.ThrottlePolicy;
import org.derwent.server.store.ServerTables;
import org.derwent.server.store.Store;
import org.derwent.server.status.Readiness;
import org.derwent.server.web.IndicatorPages;
import org.derwent.server.web.Layout;
import org.derwent.server.web.LoginPages;
import org.derwent.server.web.MapPage;
import org.derwent.server.web.OverviewPage;
import org.derwent.server.web.ProfilePages;
import org.derwent.server.web.QualityPage;
import org.derwent.server.web.WorklistPage;

/**
 * The Derwent web server (docs/web.md, docs/api.md, docs/roles.md): opens the store, creates the server's
 * own tables and the demo accounts when none exist, and serves the pages, the API and /openapi.json.
 */
public final class DerwentServer implements AutoCloseable {
    private final Store store;
    private final Javalin app;
    private final Router router;
    private final ServerContext context;

    private DerwentServer(Store store, Javalin app, Router router, ServerContext context) {
        this.store = store;
        this.app = app;
        this.router = router;
        this.context = context;
    }

    /**
     * Opens the store at {@code storeFile} and starts listening on {@code host:port} (port 0 = any free port).
     * With {@code demoAccounts}, the documented demo accounts are created when the store has no account yet.
     */
    public static DerwentServer start(Path storeFile, String host, int port, boolean demoAccounts) {
        return start(storeFile, host, port, demoAccounts, ThrottlePolicy.standard());
    }

    /** As {@link #start(Path, String, int, boolean)} with the given limits on failed sign-ins. */
    public static DerwentServer start(Path storeFile, String host, int port, boolean demoAccounts, ThrottlePolicy throttle) {
        Store store = Store.open(storeFile, connections());
        return start(store, storeFile, host, port, demoAccounts, Readiness.fromStore(store), throttle);
    }

    /** Connections in the server's pool. */
    public static int connections() {
        return Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
    }

    /**
     * Serves an already-open {@code store} (see {@link Store#shared}) with the given {@code readiness}, which the
     * caller updates while it computes the remaining parts; the server reloads its catalogue and forgets cached
     * answers each time a part becomes ready.
     */
    public static DerwentServer start(Store store, Path storeFile, String host, int port, boolean demoAccounts,
            Readiness readiness, ThrottlePolicy throttle) {
        ServerTables.ensure(store);
        Footprint footprint = Footprint.load(store);
        footprint.icbName(icbName(store));
        Accounts accounts = new Accounts(store);
        if (!store.tables().contains("org_practice")) {
            throw new IllegalStateException("Store " + storeFile + " has no org_practice table: load data first");
        }
        if (demoAccounts) {
            DemoAccounts.ensure(store, accounts);
        }
        Sessions sessions = new Sessions();
        Catalogue catalogue = new Catalogue(store, readiness);
        ServerContext sc = new ServerContext(store, storeFile, footprint, catalogue,
                new ResultRows(Disclosures.standard()), new Audit(store), accounts, sessions, readiness);
        readiness.onReady(() -> {
            store.invalidate();
            catalogue.reload();
        });
        Auth auth = new Auth(sessions, footprint);
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/public";
                s.location = Location.CLASSPATH;
            });
            cfg.http.maxRequestSize = 64 * 1024;
            cfg.jetty.defaultHost = host;
            int workers = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
            cfg.jetty.threadPool = new org.eclipse.jetty.util.thread.QueuedThreadPool(workers + 4, 4, 60_000);
            cfg.jsonMapper(new io.javalin.json.JavalinJackson().updateMapper(
                    m -> m.disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)));
        });
        app.before(ctx -> ctx.attribute(Layout.READINESS, readiness));
        app.before(auth::before);
        Errors.install(app);
        Router router = new Router(app);
        Api api = new Api(sc);
        api.register(router);
        new LoginPages(accounts, sessions, new LoginThrottle(throttle, java.time.Clock.systemUTC()), sc.audit()).register(router);
        OverviewPage overview = new OverviewPage(sc, api.results(), api.series());
        IndicatorPages indicators = new IndicatorPages(sc, api.results());
        ProfilePages profiles = new ProfilePages(sc, api.results());
        WorklistPage worklists = new WorklistPage(sc);
        router.get("/", overview::render);
        router.get("/indicators", indicators::list);
        router.get("/indicators/{id}", indicators::detail);
        router.get("/map", new MapPage(sc)::render);
        router.get("/profile", profiles::index);
        router.get("/profile/{level}/{code}", profiles::profile);
        router.get("/worklists", worklists::render);
        router.post("/worklists/status", worklists::save);
        router.get("/quality", new QualityPage(new Quality(sc))::render);
        router.get("/openapi.json", ctx -> ctx.contentType("application/json")
                .result(DerwentServer.class.getResourceAsStream("/openapi.json")));
        router.get("/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
        app.start(host, port);
        return new DerwentServer(store, app, router, sc);
    }

    private static String icbName(Store store) {
        if (store.tables().contains("measure_result")) {
            var t = store.query("SELECT group_name FROM measure_result WHERE breakdown = 'icb' LIMIT 1", List.of());
            if (t.size() == 1) {
                return (String) t.rows().get(0).get(0);
            }
        }
        return "Integrated care board";
    }

    public int port() {
        return app.port();
    }

    /** Every route registered (method and path), for the OpenAPI check. */
    public List<Router.Route> routes() {
        return router.routes();
    }

    public Store store() {
        return store;
    }

    /** The live readiness of the parts computed after start-up. */
    public Readiness readiness() {
        return context.readiness();
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
