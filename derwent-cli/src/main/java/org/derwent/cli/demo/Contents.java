package org.derwent.cli.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.derwent.measures.job.PeriodEnd;

/** Whether the store actually holds a step's results (checked besides its fingerprint). */
final class Contents {
    private Contents() {
    }

    static boolean present(Connection c, Step step) throws SQLException {
        return switch (step) {
            case LOAD -> any(c, "person") && any(c, "load_history");
            case MEASURES -> any(c, "measure_result") && periodPresent(c);
            case SERIES -> any(c, "measure_series");
            case RISK -> any(c, "risk_score");
        };
    }

    private static boolean periodPresent(Connection c) throws SQLException {
        LocalDate pe = PeriodEnd.latestExtract(c);
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM measure_result WHERE period_end = ? LIMIT 1")) {
            ps.setDate(1, java.sql.Date.valueOf(pe));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean any(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet t = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
                     + "AND lower(table_name) = '" + table + "'")) {
            t.next();
            if (t.getLong(1) == 0) {
                return false;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
            return rs.next();
        }
    }

    /** Living registered people in the store (to estimate how long risk takes on a first run). */
    static long persons(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM person")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
