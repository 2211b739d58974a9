package org.derwent.server.api;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.derwent.server.security.Principal;
import org.derwent.server.store.Store;

/**
 * The append-only audit log (table {@code audit_log}): every patient-level view, export and worklist change,
 * with who, when, what and how many patients, and every sign-in, failed sign-in and lockout. Rows are only ever inserted.
 */
public final class Audit {
    private final Store store;

    public Audit(Store store) {
        this.store = store;
    }

    /**
     * A sign-in event ({@code sign_in}, {@code sign_in_failed}, {@code sign_in_refused_locked}, {@code sign_in_lockout})
     * for the username typed (role {@code -} when it did not sign in); never the password.
     */
    public void signIn(String username, String action, String what) {
        store.update("INSERT INTO audit_log (\"at\", \"user\", role, action, what, patient_count) VALUES (?, ?, ?, ?, ?, 0)",
                List.of(LocalDateTime.now(ZoneOffset.UTC), username, "-", action, what));
    }

    public void record(Principal who, String action, String what, long patientCount) {
        store.update("INSERT INTO audit_log (\"at\", \"user\", role, action, what, patient_count) VALUES (?, ?, ?, ?, ?, ?)",
                List.of(LocalDateTime.now(ZoneOffset.UTC), who.username(), who.role().id(), action, what, patientCount));
    }
}
