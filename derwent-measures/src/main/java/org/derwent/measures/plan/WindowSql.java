package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.and;
import static org.derwent.measures.sql.Sql.bin;
import static org.derwent.measures.sql.Sql.date;
import static org.derwent.measures.sql.Sql.integer;
import static org.derwent.measures.sql.Sql.notNull;
import static org.derwent.measures.sql.Sql.special;

import java.time.LocalDate;
import org.derwent.measures.lang.Window;
import org.derwent.measures.sql.SqlExpr;
import org.derwent.measures.sql.SqlExpr.Kind;

/**
 * The condition "date in window": {@code (anchor - within, anchor - excludingLast]}. Period-end windows become
 * two date parameters computed here; death-anchored windows use date arithmetic on the death date.
 */
final class WindowSql {
    private WindowSql() {
    }

    static SqlExpr inWindow(SqlExpr d, Window w, LocalDate periodEnd, SqlExpr deathDate) {
        SqlExpr upperPe = bin("<=", d, date(periodEnd));
        if (w.anchor() == Window.Anchor.PERIOD_END) {
            LocalDate end = w.excludingLast() == null ? periodEnd : w.excludingLast().before(periodEnd);
            SqlExpr lower = w.within() == null ? null : bin(">", d, date(w.within().before(periodEnd)));
            return and(lower, bin("<=", d, date(end)));
        }
        SqlExpr end = w.excludingLast() == null ? deathDate
                : special(Kind.DATE_MINUS_DAYS, deathDate, integer(w.excludingLast().amount()));
        return and(notNull(deathDate), upperPe, bin(">", d, special(Kind.DATE_MINUS_DAYS, deathDate, integer(w.within().amount()))),
                bin("<=", d, end));
    }
}
