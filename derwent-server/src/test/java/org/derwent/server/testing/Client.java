package org.derwent.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.derwent.server.security.DemoAccounts;

/** An HTTP client with its own cookie jar that can sign in as a demo account. */
public final class Client {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    /** A client of the shared test server. */
    public Client() {
        this(TestServer.url());
    }

    /** A client of the server at {@code base} (e.g. {@code http://127.0.0.1:8080}). */
    public Client(String base) {
        this.base = base;
    }

    /** A client signed in as {@code user} with the demo password. */
    public static Client as(String user) {
        Client c = new Client();
        c.login(user, DemoAccounts.PASSWORD);
        return c;
    }

    /** Signs in; returns the status of the POST (302 either way; the location tells success). */
    public HttpResponse<String> login(String user, String password) {
        HttpResponse<String> page = get("/login");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        String token = m.find() ? m.group(1) : "";
        HttpResponse<String> r = postForm("/login", Map.of("_csrf", token, "username", user, "password", password), null);
        if ("/".equals(r.headers().firstValue("Location").orElse(""))) {
            csrf = json("/api/me").get("csrf_token").asText();
        }
        return r;
    }

    public String csrf() {
        return csrf;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("GET " + path + " did not answer JSON: " + r.body(), e);
        }
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, String csrfHeader) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrfHeader != null) {
            b.header("X-CSRF-Token", csrfHeader);
        }
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(r.method() + " " + r.uri() + " failed: " + e.getMessage(), e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
