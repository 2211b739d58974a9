package org.derwent.server.api;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.derwent.server.security.Principal;
import org.derwent.server.store.Store;

/**
 * The append-only audit log (table {@code audit_log}): every patient-level view, export and worklist change,
 * with who, when, what and how many patients. Rows are only ever inserted.
 */
public final class Audit {
    private final Store store;

    public Audit(Store store) {
        this.store = store;
    }

    public void record(Principal who, String action, String what, long patientCount) {
        store.update("INSERT INTO audit_log (\"at\", \"user\", role, action, what, patient_count) VALUES (?, ?, ?, ?, ?, ?)",
                List.of(LocalDateTime.now(ZoneOffset.UTC), who.username(), who.role().id(), action, what, patientCount));
    }
}
