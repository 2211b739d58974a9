package org.derwent.risk.features;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.derwent.risk.RiskException;

/**
 * The store's reference date t: the latest {@code load_history.extract_date}, but never later than the latest
 * encounter start (a load run without an explicit extract date records the day of loading, which may be long
 * after the data end); the latest encounter start when no extract date is recorded.
 */
public final class StoreDates {
    private StoreDates() {
    }

    public static LocalDate latestExtractDate(Connection c) throws SQLException {
        LocalDate fromLoads = null;
        if (tableExists(c, "load_history")) {
            fromLoads = single(c, "SELECT max(extract_date) FROM load_history");
        }
        LocalDate fromEncounters = tableExists(c, "encounter") ? single(c, "SELECT max(start_date) FROM encounter")
                : null;
        if (fromLoads != null && (fromEncounters == null || !fromLoads.isAfter(fromEncounters))) {
            return fromLoads;
        }
        if (fromEncounters == null) {
            throw new RiskException("store has no extract date: load_history.extract_date and encounter.start_date"
                    + " are both empty");
        }
        return fromEncounters;
    }

    /** Whether a table (or view) exists in the current schema or as a temporary table. */
    public static boolean tableExists(Connection c, String table) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static LocalDate single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            Date d = rs.getDate(1);
            return d == null ? null : d.toLocalDate();
        }
    }
}
