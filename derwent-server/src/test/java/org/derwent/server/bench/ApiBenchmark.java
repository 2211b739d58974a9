package org.derwent.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.derwent.server.testing.Client;
import org.derwent.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a unit test: runs only with {@code -Dderwent.bench=true}. 50 concurrent clients request
 * precomputed results (results, series with SPC, funnel, catalogue) for a fixed number of requests each and
 * the benchmark prints p50/p95/p99 latency, throughput and errors; then the same with wrk (Debian) when
 * installed; then the server-side render time of the indicator page. By default it runs against the fixture
 * store; {@code -Dderwent.bench.url=http://127.0.0.1:8080} runs it against a server you started (e.g.
 * {@code ./derwent serve --store COPY.duckdb --demo-accounts} on a full-population store), signed in as the
 * demo ICB analyst.
 */
class ApiBenchmark {
    static final List<String> PATHS = List.of("/api/results?indicator=HYP_TTT&breakdown=practice",
            "/api/results?indicator=LD_HC&breakdown=pcn", "/api/series?indicator=HYP_TTT&breakdown=icb",
            "/api/funnel?indicator=SMI_HC&level=pcn", "/api/indicators", "/api/results?indicator=EA_RATE&breakdown=imd_decile",
            "/api/overview?area_level=place&area=DERBY_CITY", "/api/inequality?indicator=HYP_TTT",
            "/api/map?indicator=HYP_TTT", "/api/series?indicator=DM_PREV&breakdown=pcn");
    static final int CLIENTS = 50;
    static final int REQUESTS_PER_CLIENT = 200;

    @Test
    void fifty_clients_on_precomputed_results() throws Exception {
        assumeTrue(Boolean.getBoolean("derwent.bench"), "benchmark: run with -Dderwent.bench=true");
        Client login = new Client(base());
        login.login("analyst", org.derwent.server.security.DemoAccounts.PASSWORD);
        String cookie = sessionCookie(login);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        warm(http, cookie, 2000);
        wrk(cookie, "10s", false);
        long[] lat = new long[CLIENTS * REQUESTS_PER_CLIENT];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            final int client = c;
            fs.add(pool.submit(() -> {
                for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                    String path = PATHS.get((client + i) % PATHS.size());
                    long s = System.nanoTime();
                    try {
                        var r = http.send(req(path, cookie), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    lat[client * REQUESTS_PER_CLIENT + i] = System.nanoTime() - s;
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Arrays.sort(lat);
        System.out.printf("java client: %d clients x %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s, %d errors%n",
                CLIENTS, REQUESTS_PER_CLIENT, pct(lat, 50), pct(lat, 95), pct(lat, 99), lat.length / secs, errors.get());
        wrk(cookie, "20s", true);
        pageRender(http, cookie);
        assertThat(errors.get()).isZero();
    }

    static void pageRender(HttpClient http, String cookie) throws Exception {
        long[] t = new long[50];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            var r = http.send(req("/indicators/HYP_TTT", cookie), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        System.out.printf("indicator page server render (HTML with 7 tables): median %.1f ms, p95 %.1f ms%n", pct(t, 50), pct(t, 95));
    }

    /** Runs wrk for {@code duration}; prints its figures when {@code report} (otherwise it only warms the JIT). */
    static void wrk(String cookie, String duration, boolean report) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            System.out.println("wrk: not installed (apt-get install wrk), skipped");
            return;
        }
        Path lua = Files.createTempFile("derwent-wrk", ".lua");
        StringBuilder paths = new StringBuilder();
        PATHS.forEach(p -> paths.append('"').append(p).append("\","));
        Files.writeString(lua, "local paths = {" + paths + "}\nlocal i = 0\n"
                + "request = function() i = i + 1; return wrk.format('GET', paths[(i % #paths) + 1]) end\n"
                + "done = function(s, latency, r) io.write(string.format('wrk: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d requests, "
                + "%.0f req/s, errors: %d connect %d read %d write %d timeout %d non-2xx\\n', latency:percentile(50) / 1000, "
                + "latency:percentile(95) / 1000, latency:percentile(99) / 1000, s.requests, s.requests / (s.duration / 1e6), "
                + "s.errors.connect, s.errors.read, s.errors.write, s.errors.timeout, s.errors.status)) end\n");
        Process p = new ProcessBuilder("/usr/bin/wrk", "-t2", "-c" + CLIENTS, "-d" + duration, "-s", lua.toString(),
                "-H", "Cookie: derwent_session=" + cookie, base()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        if (report) {
            out.lines().filter(l -> l.startsWith("wrk:") || l.contains("Requests/sec")).forEach(System.out::println);
        }
    }

    static void warm(HttpClient http, String cookie, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            http.send(req(PATHS.get(i % PATHS.size()), cookie), HttpResponse.BodyHandlers.discarding());
        }
    }

    static HttpRequest req(String path, String cookie) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", "derwent_session=" + cookie).GET().build();
    }

    static String base() {
        String url = System.getProperty("derwent.bench.url");
        return url != null && !url.isBlank() ? url : TestServer.url();
    }

    static String sessionCookie(Client c) throws Exception {
        var f = Client.class.getDeclaredField("http");
        f.setAccessible(true);
        var cm = (java.net.CookieManager) ((HttpClient) f.get(c)).cookieHandler().orElseThrow();
        return cm.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("derwent_session")).findFirst().orElseThrow().getValue();
    }

    static double pct(long[] sorted, int p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
