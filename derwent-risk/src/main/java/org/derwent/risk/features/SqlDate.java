package org.derwent.risk.features;

import java.time.LocalDate;

/**
 * Renders a {@link LocalDate} as a SQL date literal. Dates are typed values (ISO format from {@code LocalDate}),
 * never user text, so a literal cannot inject SQL; literals let DuckDB prune row groups on date columns.
 */
public final class SqlDate {
    private SqlDate() {
    }

    public static String of(LocalDate date) {
        return "DATE '" + date + "'";
    }
}
