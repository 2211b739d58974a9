package org.derwent.measures.result;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.derwent.measures.sql.SqlDialect;

/**
 * Keeps results in the store: the catalogue is replaced, results and inequality rows of the period end are
 * replaced, and the monthly series is replaced as a whole. Stored results are unsuppressed (inside the trust
 * boundary); disclosure control applies to outputs.
 */
public final class ResultStore {
    private ResultStore() {
    }

    public static void write(Connection c, SqlDialect dialect, LocalDate periodEnd, List<CatalogueEntry> catalogue,
            List<MeasureRow> rows, List<SeriesRow> series, List<InequalityRow> inequality) throws SQLException {
        ResultTables.create(c, dialect);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM indicator_catalogue");
                if (!series.isEmpty()) {
                    s.execute("DELETE FROM measure_series");
                }
            }
            delete(c, "measure_result", periodEnd);
            delete(c, "measure_inequality", periodEnd);
            writeCatalogue(c, catalogue);
            writeRows(c, rows);
            writeSeries(c, series);
            writeInequality(c, inequality);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Replaces the whole monthly series ({@code measure_series}) in one transaction; other tables are left alone. */
    public static void writeSeries(Connection c, SqlDialect dialect, List<SeriesRow> series) throws SQLException {
        ResultTables.create(c, dialect);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM measure_series");
            }
            writeSeries(c, series);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void delete(Connection c, String table, LocalDate pe) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE period_end = ?")) {
            ps.setDate(1, Date.valueOf(pe));
            ps.execute();
        }
    }

    private static void writeCatalogue(Connection c, List<CatalogueEntry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator_catalogue VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CatalogueEntry e : entries) {
                ps.setString(1, e.indicatorId());
                ps.setString(2, e.title());
                ps.setString(3, e.domain());
                ps.setString(4, e.description());
                ps.setString(5, e.definitionSource());
                ps.setString(6, e.improvementDirection());
                setDouble(ps, 7, e.target());
                ps.setString(8, e.unit());
                ps.setBoolean(9, e.caseList());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeRows(Connection c, List<MeasureRow> rows) throws SQLException {
        TableRows.insert(c, "measure_result", 12, rows.stream().map(r -> new Object[] {r.indicatorId(), r.periodEnd(),
            r.breakdown(), r.groupCode(), r.groupName(), r.numerator(), r.denominator(), r.value(), r.lower95(), r.upper95(),
            r.funnelFlag(), r.suppressed()}).toList());
    }

    private static void writeSeries(Connection c, List<SeriesRow> rows) throws SQLException {
        TableRows.insert(c, "measure_series", 7, rows.stream().map(r -> new Object[] {r.indicatorId(), r.breakdown(),
            r.groupCode(), r.periodEnd(), r.numerator(), r.denominator(), r.value()}).toList());
    }

    private static void writeInequality(Connection c, List<InequalityRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO measure_inequality VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (InequalityRow r : rows) {
                ps.setString(1, r.indicatorId());
                ps.setDate(2, Date.valueOf(r.periodEnd()));
                ps.setString(3, r.breakdown());
                ps.setDouble(4, r.sii());
                ps.setDouble(5, r.siiLower95());
                ps.setDouble(6, r.siiUpper95());
                ps.setDouble(7, r.rii());
                ps.setDouble(8, r.riiLower95());
                ps.setDouble(9, r.riiUpper95());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null || v.isNaN() || v.isInfinite()) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }
}
