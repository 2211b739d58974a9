package org.derwent.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derwent.server.ServerContext;
import org.derwent.server.http.ApiException;
import org.derwent.server.http.Auth;
import org.derwent.server.http.Downloads;
import org.derwent.server.http.Params;
import org.derwent.server.http.Router;
import org.derwent.server.scope.Scope;
import org.derwent.server.security.Role;
import org.derwent.server.status.Part;

/** Registers the REST API routes (described in docs/api.md and /openapi.json). */
public final class Api {
    static final List<String> RESULT_COLUMNS = List.of(Results.COLUMNS.split(", "));
    private final ServerContext sc;
    private final Results results;
    private final Series series;
    private final Funnel funnel;
    private final Inequality inequality;
    private final CaseLists caseLists;
    private final Quality quality;
    private final org.derwent.server.http.ResponseCache cache;

    public Api(ServerContext sc) {
        this.sc = sc;
        this.cache = new org.derwent.server.http.ResponseCache(sc.store());
        this.results = new Results(sc);
        this.series = new Series(sc);
        this.funnel = new Funnel(sc, results);
        this.inequality = new Inequality(sc, results);
        this.caseLists = new CaseLists(sc);
        this.quality = new Quality(sc);
    }

    public Results results() {
        return results;
    }

    public Series series() {
        return series;
    }

    public void register(Router r) {
        r.get("/api/me", ctx -> {
            Params.check(ctx, Set.of());
            var p = Auth.scope(ctx).principal();
            ctx.json(Map.of("username", p.username(), "role", p.role().id(), "area_code", String.valueOf(p.areaCode()),
                    "csrf_token", Auth.csrf(ctx)));
        });
        r.get("/api/status", ctx -> {
            Params.check(ctx, Set.of());
            long now = System.nanoTime();
            ctx.json(Map.of("ready", sc.readiness().allReady(),
                    "parts", sc.readiness().all().stream().map(s -> s.json(now)).toList()));
        });
        r.get("/api/footprint", ctx -> {
            Params.check(ctx, Set.of());
            cache.json(ctx, Auth.scope(ctx), () -> new FootprintTree(sc).get(Auth.scope(ctx)));
        });
        r.get("/api/indicators", ctx -> {
            Params.check(ctx, Set.of("domain"));
            String domain = Params.query(ctx, "domain", null);
            cache.json(ctx, Auth.scope(ctx), () -> sc.catalogue().all().stream().filter(m -> domain == null || domain.equals(m.get("domain"))).toList());
        });
        r.get("/api/indicators/{id}", ctx -> {
            Params.check(ctx, Set.of());
            ctx.json(sc.catalogue().get(Params.path(ctx, "id", "id")));
        });
        r.get("/api/periods", ctx -> {
            Params.check(ctx, Set.of("indicator"));
            String ind = indicator(ctx);
            ctx.json(sc.store().cachedQuery("SELECT DISTINCT period_end FROM measure_result WHERE indicator_id = ? ORDER BY 1 DESC",
                    List.of(ind)).rows().stream().map(x -> x.get(0).toString()).toList());
        });
        r.get("/api/results", ctx -> {
            Params.check(ctx, Set.of("indicator", "breakdown", "period", "group", "format"));
            String ind = indicator(ctx);
            String bd = Params.query(ctx, "breakdown", "icb");
            publicLimit(ctx, bd);
            LocalDate period = results.period(ind, Params.query(ctx, "period", null));
            String format = Params.query(ctx, "format", "json");
            if ("json".equals(format)) {
                cache.json(ctx, Auth.scope(ctx), () -> results.rows(Auth.scope(ctx), ind, period, bd, Params.query(ctx, "group", null)));
                return;
            }
            var rows = results.rows(Auth.scope(ctx), ind, period, bd, Params.query(ctx, "group", null));
            List<String> cols = new java.util.ArrayList<>(RESULT_COLUMNS);
            cols.add("mark");
            Downloads.send(ctx, format, ind + "_" + bd + "_" + period, cols, rows);
        });
        r.get("/api/series", ctx -> {
            Params.check(ctx, Set.of("indicator", "breakdown", "group"));
            String ind = indicator(ctx);
            sc.readiness().require(Part.SERIES);
            String bd = Params.query(ctx, "breakdown", "icb");
            publicLimit(ctx, bd);
            String given = Params.query(ctx, "group", null);
            cache.json(ctx, Auth.scope(ctx), () -> {
                String group = given;
                if (group == null) {
                    var one = results.one(Auth.scope(ctx), ind, results.latestPeriod(ind), bd, null);
                    group = one == null ? "" : (String) one.get("group_code");
                }
                return series.get(Auth.scope(ctx), ind, bd, group);
            });
        });
        r.get("/api/funnel", ctx -> {
            Params.check(ctx, Set.of("indicator", "level", "period"));
            notPublic(ctx);
            String ind = indicator(ctx);
            cache.json(ctx, Auth.scope(ctx), () -> funnel.get(Auth.scope(ctx), ind, Params.query(ctx, "level", "practice"),
                    results.period(ind, Params.query(ctx, "period", null))));
        });
        r.get("/api/inequality", ctx -> {
            Params.check(ctx, Set.of("indicator", "period"));
            notPublic(ctx);
            String ind = indicator(ctx);
            cache.json(ctx, Auth.scope(ctx), () -> inequality.get(Auth.scope(ctx), ind, results.period(ind, Params.query(ctx, "period", null))));
        });
        r.get("/api/map", ctx -> {
            Params.check(ctx, Set.of("indicator", "period"));
            notPublic(ctx);
            String ind = indicator(ctx);
            cache.json(ctx, Auth.scope(ctx), () -> results.rows(Auth.scope(ctx), ind, results.period(ind, Params.query(ctx, "period", null)), "lsoa", null));
        });
        r.get("/api/map/risk", ctx -> {
            Params.check(ctx, Set.of("model"));
            notPublic(ctx);
            String model = Params.required(ctx, "model");
            sc.readiness().require(Part.RISK);
            cache.json(ctx, Auth.scope(ctx), () -> new RiskMap(sc).get(Auth.scope(ctx), model));
        });
        r.get("/api/boundaries/lsoa", ctx -> {
            Params.check(ctx, Set.of());
            notPublic(ctx);
            ctx.contentType("application/geo+json");
            ctx.result(Api.class.getResourceAsStream("/geo/boundaries_lsoa11_QJ2.geojson"));
        });
        r.get("/api/overview", ctx -> {
            Params.check(ctx, Set.of("area_level", "area"));
            String level = Params.query(ctx, "area_level", "icb");
            String area = Params.query(ctx, "area", null);
            if (Auth.scope(ctx).role() == Role.PUBLIC && !Set.of("icb", "place").contains(level)) {
                throw ApiException.forbidden("The public role sees ICB and Place headlines only");
            }
            cache.json(ctx, Auth.scope(ctx), () -> new Overview(sc, results, series).get(Auth.scope(ctx), level, area));
        });
        r.get("/api/caselists", ctx -> {
            Params.check(ctx, Set.of("indicator", "practice", "format"));
            Scope s = Auth.scope(ctx);
            String ind = indicator(ctx);
            String practice = Params.query(ctx, "practice", null);
            String format = Params.query(ctx, "format", "json");
            var rows = caseLists.get(s, ind, practice);
            sc.audit().record(s.principal(), "json".equals(format) ? "view_case_list" : "export_case_list",
                    "indicator=" + ind + " practice=" + (practice == null ? "all in scope" : practice) + " format=" + format,
                    rows.size());
            List<String> cols = rows.isEmpty() ? List.of("person_id", "practice_code", "reason", "priority", "status")
                    : List.copyOf(rows.get(0).keySet());
            Downloads.send(ctx, format, "caselist_" + ind, cols, rows);
        });
        r.post("/api/worklist/status", ctx -> {
            Params.check(ctx, Set.of());
            Scope s = Auth.scope(ctx);
            String ind = Params.valid("indicator", form(ctx, "indicator"));
            String person = Params.valid("person_id", form(ctx, "person_id"));
            String status = Params.valid("status", form(ctx, "status"));
            caseLists.setStatus(s, ind, person, status);
            sc.audit().record(s.principal(), "set_worklist_status", "indicator=" + ind + " status=" + status, 1);
            ctx.json(Map.of("indicator", ind, "status", status));
        });
        r.get("/api/quality", ctx -> {
            Params.check(ctx, Set.of());
            ctx.json(quality.report(Auth.scope(ctx)));
        });
        r.get("/api/loads", ctx -> {
            Params.check(ctx, Set.of("format"));
            var rows = quality.loads(Auth.scope(ctx));
            Downloads.send(ctx, Params.query(ctx, "format", "json"), "load_history", List.of("load_id", "started_at",
                    "finished_at", "sources", "records_read", "records_loaded", "records_quarantined",
                    "records_skipped_by_type", "extract_date"), rows);
        });
        r.get("/api/audit", ctx -> {
            Params.check(ctx, Set.of("format"));
            if (Auth.scope(ctx).role() != Role.ICB_ANALYST) {
                throw ApiException.forbidden("Only the ICB analyst role reads the audit log");
            }
            var rows = sc.store().query("SELECT id, \"at\", \"user\", role, action, what, patient_count FROM audit_log "
                    + "ORDER BY id DESC LIMIT 1000", List.of()).maps();
            Downloads.send(ctx, Params.query(ctx, "format", "json"), "audit_log",
                    List.of("id", "at", "user", "role", "action", "what", "patient_count"), rows);
        });
    }

    private String indicator(Context ctx) {
        String id = Params.required(ctx, "indicator");
        sc.catalogue().get(id);
        return id;
    }

    private static String form(Context ctx, String name) {
        String v = ctx.formParam(name);
        if (v == null) {
            throw ApiException.badRequest("Missing form field '" + name + "' on " + ctx.path());
        }
        return v;
    }

    private static void notPublic(Context ctx) {
        if (Auth.scope(ctx).role() == Role.PUBLIC) {
            throw ApiException.forbidden("The public role sees suppressed headline aggregates only, not " + ctx.path());
        }
    }

    private static void publicLimit(Context ctx, String breakdown) {
        if (Auth.scope(ctx).role() == Role.PUBLIC && !Scope.PUBLIC_BREAKDOWNS.contains(breakdown)) {
            throw ApiException.forbidden("The public role sees headline breakdowns " + Scope.PUBLIC_BREAKDOWNS
                    + " only, not '" + breakdown + "'");
        }
    }
}
