package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.and;
import static org.derwent.measures.sql.Sql.as;
import static org.derwent.measures.sql.Sql.bin;
import static org.derwent.measures.sql.Sql.col;
import static org.derwent.measures.sql.Sql.date;
import static org.derwent.measures.sql.Sql.eq;
import static org.derwent.measures.sql.Sql.func;
import static org.derwent.measures.sql.Sql.integer;
import static org.derwent.measures.sql.Sql.notNull;
import static org.derwent.measures.sql.Sql.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.SqlExpr;

/**
 * For each patient and valued list, the latest date on or before the period end with the lowest and highest value
 * recorded that day ({@link Tables#LAST_VALUES}). The latest value in any window ending at the period end is the
 * value on this date when the date falls in the window, which keeps the plan window-independent.
 */
public final class LastValuesQuery {
    private LastValuesQuery() {
    }

    public static Query build(LocalDate periodEnd, Set<Integer> listIds) {
        SqlExpr dmax = new SqlExpr.Over(new SqlExpr.Func("MAX", List.of(col("d")), false),
                List.of(col("person_id"), col("list_id")), List.of());
        Query ranked = new Query.Select(List.of(as(col("person_id"), "person_id"), as(col("list_id"), "list_id"),
                as(col("d"), "d"), as(col("value"), "value"), as(dmax, "dmax")),
                table(Tables.EVENTS, null), List.of(),
                and(bin("<=", col("d"), date(periodEnd)), notNull(col("value")),
                        new SqlExpr.In(col("list_id"), listIds.stream().sorted().map(i -> integer(i)).toList())),
                List.of(), null);
        return new Query.Select(List.of(as(col("x", "person_id"), "person_id"), as(col("x", "list_id"), "list_id"),
                as(col("x", "d"), "d"), as(func("MIN", col("x", "value")), "vmin"), as(func("MAX", col("x", "value")), "vmax")),
                new Query.Sub(ranked, "x"), List.of(), eq(col("x", "d"), col("x", "dmax")),
                List.of(col("x", "person_id"), col("x", "list_id"), col("x", "d")), null);
    }
}
