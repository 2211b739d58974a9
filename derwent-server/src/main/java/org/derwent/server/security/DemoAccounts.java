package org.derwent.server.security;

import java.util.List;
import org.derwent.server.store.Store;

/**
 * The documented demonstration accounts (docs/roles.md): one per role, each bound to the first area of its
 * kind in the store, all with {@link #PASSWORD}. Created only when the account table is empty.
 */
public final class DemoAccounts {
    /** The demonstration password printed in docs/roles.md; change it before any real use. */
    public static final String PASSWORD = "derwent-demo";

    private DemoAccounts() {
    }

    /** Creates the demo accounts if no account exists yet; returns true when it created them. */
    public static boolean ensure(Store store, Accounts accounts) {
        if (accounts.count() > 0) {
            return false;
        }
        String place = first(store, "SELECT code FROM geo_place ORDER BY code");
        String pcn = first(store, "SELECT pcn_code FROM org_pcn WHERE pcn_code IN (SELECT pcn_code FROM org_practice) ORDER BY pcn_code");
        String practice = first(store, "SELECT practice_code FROM org_practice WHERE pcn_code = ? ORDER BY practice_code", pcn);
        accounts.put("analyst", PASSWORD, Role.ICB_ANALYST, null, "ICB analyst (demo)");
        accounts.put("placelead", PASSWORD, Role.PLACE_LEAD, place, "Place lead (demo)");
        accounts.put("clinician", PASSWORD, Role.PCN_CLINICIAN, pcn, "PCN clinician (demo)");
        accounts.put("practice", PASSWORD, Role.PRACTICE_USER, practice, "Practice user (demo)");
        accounts.put("public", PASSWORD, Role.PUBLIC, null, "Public viewer (demo)");
        return true;
    }

    private static String first(Store store, String sql, Object... binds) {
        var t = store.query(sql, List.of(binds));
        if (t.size() == 0) {
            throw new IllegalStateException("Cannot create demo accounts: no row for " + sql
                    + " (load the footprint into the store first)");
        }
        return (String) t.rows().get(0).get(0);
    }
}
