package org.derwent.server.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.derwent.server.DerwentServer;
import org.derwent.server.fixture.FixtureStore;

/** One server per test JVM on a free port over a fresh fixture store; shared by all test classes. */
public final class TestServer {
    private static DerwentServer server;

    private TestServer() {
    }

    public static synchronized DerwentServer get() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("derwent-server-test");
                Path db = dir.resolve("derwent.duckdb");
                FixtureStore.build(db);
                // every test signs in from 127.0.0.1: a high per-address limit keeps one test's failures from locking the others
                server = DerwentServer.start(db, "127.0.0.1", 0, true, new org.derwent.server.security.ThrottlePolicy(5, 1000,
                        java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1)));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the test server: " + e.getMessage(), e);
            }
        }
        return server;
    }

    public static String url() {
        return "http://127.0.0.1:" + get().port();
    }
}
