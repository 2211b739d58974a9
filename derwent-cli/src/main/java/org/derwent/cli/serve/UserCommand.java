package org.derwent.cli.serve;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.derwent.server.security.Accounts;
import org.derwent.server.security.Role;
import org.derwent.server.store.ServerTables;
import org.derwent.server.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derwent user USERNAME --role ROLE [--area CODE]}: creates or replaces a local account; the password
 * is read from the console (or one line of standard input) and stored only as an Argon2id hash.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Create or replace a local web account (docs/roles.md).")
public final class UserCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "USERNAME", description = "Account name (letters, digits, . _ -).")
    String username;

    @Option(names = "--role", required = true, description = "icb_analyst, place_lead, pcn_clinician, practice_user or public.")
    String role;

    @Option(names = "--area", paramLabel = "CODE", description = "Place code, PCN code or practice ODS code the role is bound to.")
    String area;

    @Option(names = "--name", description = "Display name (default: the username).")
    String name;

    @Option(names = "--store", paramLabel = "PATH", defaultValue = "data/derwent.duckdb", description = "Store file (default: ${DEFAULT-VALUE}).")
    Path store;

    @Override
    public Integer call() throws Exception {
        if (!username.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("Invalid username '" + username + "': use 1-64 letters, digits, '.', '_' or '-'");
        }
        Role r = Role.of(role);
        if (r.areaKind() != Role.AreaKind.ICB && area == null) {
            throw new IllegalArgumentException("Role " + role + " needs --area (a " + r.areaKind().name().toLowerCase() + " code)");
        }
        String password;
        if (System.console() != null) {
            password = new String(System.console().readPassword("Password for %s: ", username));
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("Password for " + username + " must have at least 12 characters");
        }
        try (Store s = Store.open(store, 1)) {
            ServerTables.ensure(s);
            new Accounts(s).put(username, password, r, r.areaKind() == Role.AreaKind.ICB ? null : area, name == null ? username : name);
        }
        System.out.println("Account " + username + " (" + r.label() + (area == null ? "" : ", " + area) + ") saved in " + store);
        return 0;
    }
}
