package org.derwent.server.store;

import java.util.List;

/**
 * The tables the server itself owns in the store: accounts, worklist status and the append-only audit log
 * (contract in docs/roles.md and docs/measure-results.md). Created when missing; never dropped.
 */
public final class ServerTables {
    private ServerTables() {
    }

    /** Creates the server's own tables when they do not exist. */
    public static void ensure(Store store) {
        store.update("""
                CREATE TABLE IF NOT EXISTS app_user (
                  username TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL,
                  area_code TEXT, display_name TEXT NOT NULL)""", List.of());
        store.update("""
                CREATE TABLE IF NOT EXISTS worklist_status (
                  person_id TEXT NOT NULL, indicator_id TEXT NOT NULL, status TEXT NOT NULL,
                  updated_by TEXT NOT NULL, updated_at TIMESTAMP NOT NULL,
                  PRIMARY KEY (person_id, indicator_id))""", List.of());
        store.update("CREATE SEQUENCE IF NOT EXISTS audit_log_seq", List.of());
        store.update("""
                CREATE TABLE IF NOT EXISTS audit_log (
                  id BIGINT PRIMARY KEY DEFAULT nextval('audit_log_seq'), "at" TIMESTAMP NOT NULL,
                  "user" TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL, what TEXT NOT NULL,
                  patient_count BIGINT NOT NULL)""", List.of());
    }
}
