package org.derwent.risk.continuity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What counts as "the same provider" for continuity: the pseudonymous clinician ({@code encounter.clinician_id})
 * when the contact has one; otherwise the proxy {@code clinician_type || '@' || provider_code} (clinician type at
 * the practice), which cannot tell two GPs of one practice apart and so overstates continuity. A store without the
 * {@code clinician_id} column uses the proxy throughout.
 */
public final class ProviderKey {
    /** SQL expression of the proxy key over an encounter row. */
    public static final String PROXY = "coalesce(clinician_type, 'UNKNOWN') || '@' || coalesce(provider_code, source_org,"
            + " 'UNKNOWN')";

    private ProviderKey() {
    }

    /** SQL expression of the provider key: the clinician id where present, else {@link #PROXY}. */
    public static String sql(boolean clinicianIds) {
        return clinicianIds ? "coalesce(clinician_id, " + PROXY + ")" : PROXY;
    }

    /** SQL predicate: the contact's provider is a clinician id. */
    public static String identified(boolean clinicianIds) {
        return clinicianIds ? "clinician_id IS NOT NULL" : "FALSE";
    }

    /** Whether the store's {@code encounter} table has the {@code clinician_id} column. */
    public static boolean available(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'encounter' AND column_name = 'clinician_id'")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /** Plain-English description of the provider used for a patient's {@code contacts}, {@code identified} of which carry a clinician id. */
    public static String describe(int identified, int contacts) {
        if (contacts > 0 && identified >= contacts) {
            return "clinician (pseudonymous clinician id)";
        }
        if (identified == 0) {
            return "clinician type at the practice (proxy: no clinician id recorded)";
        }
        return "clinician id on " + identified + " of " + contacts + " contacts, else clinician type at the practice";
    }
}
