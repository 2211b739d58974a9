package org.derwent.measures.result;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.derwent.store.write.TableRows;
import org.derwent.store.write.Transaction;
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
        Transaction.run(c, t -> {
            try (Statement s = t.createStatement()) {
                s.execute("DELETE FROM indicator_catalogue");
                if (!series.isEmpty()) {
                    s.execute("DELETE FROM measure_series");
                }
            }
            delete(t, "measure_result", periodEnd);
            delete(t, "measure_inequality", periodEnd);
            writeCatalogue(t, catalogue);
            writeRows(t, rows);
            writeSeries(t, series);
            writeInequality(t, inequality);
        });
    }

    /** Replaces the whole monthly series ({@code measure_series}) in one transaction; other tables are left alone. */
    public static void writeSeries(Connection c, SqlDialect dialect, List<SeriesRow> series) throws SQLException {
        ResultTables.create(c, dialect);
        Transaction.run(c, t -> {
            try (Statement s = t.createStatement()) {
                s.execute("DELETE FROM measure_series");
            }
            writeSeries(t, series);
        });
    }

    private static void delete(Connection c, String table, LocalDate pe) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE period_end = ?")) {
            ps.setDate(1, Date.valueOf(pe));
            ps.execute();
        }
    }

    private static void writeCatalogue(Connection c, List<CatalogueEntry> entries) throws SQLException {
        TableRows.insert(c, "indicator_catalogue", 9, entries.stream().map(e -> new Object[] {e.indicatorId(), e.title(),
            e.domain(), e.description(), e.definitionSource(), e.improvementDirection(), e.target(), e.unit(),
            e.caseList()}).toList());
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
        TableRows.insert(c, "measure_inequality", 9, rows.stream().map(r -> new Object[] {r.indicatorId(), r.periodEnd(),
            r.breakdown(), r.sii(), r.siiLower95(), r.siiUpper95(), r.rii(), r.riiLower95(), r.riiUpper95()}).toList());
    }
}
