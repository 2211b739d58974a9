package org.derwent.cli.serve;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.derwent.server.DerwentServer;
import org.derwent.server.security.DemoAccounts;
import org.derwent.server.security.ThrottlePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code derwent serve}: the web app and REST API over a store (docs/web.md, docs/api.md, docs/roles.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app and the REST API over the store until interrupted.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "PATH", description = "DuckDB store file (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/derwent.duckdb")
    Path store;

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}; use 0.0.0.0 behind a TLS proxy).",
            defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--demo-accounts", description = "Create the documented demo accounts (docs/roles.md) if the store has no account.")
    boolean demoAccounts;

    @Option(names = "--login-max-failures", paramLabel = "N", defaultValue = "5",
            description = "Failed sign-ins for one username within the window that lock it (default: ${DEFAULT-VALUE}).")
    int accountFailures;

    @Option(names = "--login-max-failures-per-address", paramLabel = "N", defaultValue = "20",
            description = "Failed sign-ins from one client address within the window that lock it (default: ${DEFAULT-VALUE}).")
    int addressFailures;

    @Option(names = "--login-window", paramLabel = "MINUTES", defaultValue = "15",
            description = "Window in which failed sign-ins are counted (default: ${DEFAULT-VALUE} minutes).")
    long windowMinutes;

    @Option(names = "--login-lockout", paramLabel = "MINUTES", defaultValue = "1",
            description = "First lockout; each further lockout of the same key doubles it (default: ${DEFAULT-VALUE} minute).")
    long lockoutMinutes;

    @Option(names = "--login-max-lockout", paramLabel = "MINUTES", defaultValue = "60",
            description = "Longest lockout (default: ${DEFAULT-VALUE} minutes).")
    long maxLockoutMinutes;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isRegularFile(store)) {
            throw new IllegalArgumentException("Store file " + store.toAbsolutePath() + " does not exist: run ./derwent load "
                    + "and ./derwent measures first, or pass --store PATH");
        }
        ThrottlePolicy throttle = new ThrottlePolicy(accountFailures, addressFailures, Duration.ofMinutes(windowMinutes),
                Duration.ofMinutes(lockoutMinutes), Duration.ofMinutes(maxLockoutMinutes));
        DerwentServer server = DerwentServer.start(store, host, port, demoAccounts, throttle);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        System.out.println("Derwent is serving " + store + " at http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":"
                + server.port() + "/" + (demoAccounts ? " (demo accounts: docs/roles.md, password '" + DemoAccounts.PASSWORD + "')" : "")
                + ". Ctrl-C stops it.");
        stop.await();
        return 0;
    }
}
