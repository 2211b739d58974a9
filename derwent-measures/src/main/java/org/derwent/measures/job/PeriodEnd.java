package org.derwent.measures.job;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Period ends: the store's latest extract date by default, and the month ends of a series. */
public final class PeriodEnd {
    private PeriodEnd() {
    }

    /** The latest {@code extract_date} in {@code load_history}; fails when the store has no load. */
    public static LocalDate latestExtract(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(extract_date) FROM load_history")) {
            Date d = rs.next() ? rs.getDate(1) : null;
            if (d == null) {
                throw new IllegalStateException("the store has no load with an extract date; give --period-end YYYY-MM-DD");
            }
            return d.toLocalDate();
        }
    }

    /** The period end and the month ends of the {@code months - 1} months before it, oldest first. */
    public static List<LocalDate> series(LocalDate periodEnd, int months) {
        List<LocalDate> out = new ArrayList<>();
        for (int k = months - 1; k >= 1; k--) {
            out.add(YearMonth.from(periodEnd).minusMonths(k).atEndOfMonth());
        }
        out.add(periodEnd);
        return out;
    }
}
