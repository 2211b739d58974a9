package org.derwent.server.security;

import java.util.List;
import java.util.Optional;
import org.derwent.server.store.Store;
import org.derwent.server.store.Table;

/** Local accounts kept in the store table {@code app_user} with Argon2id password hashes. */
public final class Accounts {
    private final Store store;

    public Accounts(Store store) {
        this.store = store;
    }

    /** Creates or replaces an account. */
    public void put(String username, String password, Role role, String areaCode, String displayName) {
        store.update("DELETE FROM app_user WHERE username = ?", List.of(username));
        store.update("INSERT INTO app_user VALUES (?, ?, ?, ?, ?)",
                java.util.Arrays.asList(username, PasswordHasher.hash(password), role.id(), areaCode, displayName));
    }

    /** The principal for a correct username and password, else empty. */
    public Optional<Principal> authenticate(String username, String password) {
        Table t = store.query("SELECT password_hash, role, area_code, display_name FROM app_user WHERE username = ?",
                List.of(username));
        if (t.size() != 1) {
            PasswordHasher.verify(password, DUMMY);
            return Optional.empty();
        }
        List<Object> r = t.rows().get(0);
        if (!PasswordHasher.verify(password, (String) r.get(0))) {
            return Optional.empty();
        }
        return Optional.of(new Principal(username, (String) r.get(3), Role.of((String) r.get(1)), (String) r.get(2)));
    }

    public long count() {
        return (Long) store.query("SELECT count(*) FROM app_user", List.of()).rows().get(0).get(0);
    }

    /** A hash to verify against for unknown users, so timing does not reveal which usernames exist. */
    private static final String DUMMY = PasswordHasher.hash("not-a-real-account");
}
