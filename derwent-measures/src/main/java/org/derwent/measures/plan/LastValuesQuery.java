package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.and;
import static org.derwent.measures.sql.Sql.as;
import static org.derwent.measures.sql.Sql.col;
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
 * recorded that day ({@link Tables#LAST_VALUES}), found by joining the events to the latest valued date of
 * {@link Tables#PERSON_LISTS}. The latest value in any window ending at the period end is the
 * value on this date when the date falls in the window, which keeps the plan window-independent.
 */
public final class LastValuesQuery {
    private LastValuesQuery() {
    }

    public static Query build(LocalDate periodEnd, Set<Integer> listIds) {
        SqlExpr lists = new SqlExpr.In(col("list_id"), listIds.stream().sorted().map(i -> (SqlExpr) new SqlExpr.IntConst(i)).toList());
        Query latest = new Query.Select(List.of(as(col("person_id"), "person_id"), as(col("list_id"), "list_id"),
                as(func("MAX", col("max_dv")), "dv")), table(Tables.PERSON_LISTS, null), List.of(),
                and(lists, notNull(col("max_dv"))), List.of(col("person_id"), col("list_id")), null);
        return new Query.Select(List.of(as(col("e", "person_id"), "person_id"), as(col("e", "list_id"), "list_id"),
                as(col("e", "d"), "d"), as(func("MIN", col("e", "value")), "vmin"), as(func("MAX", col("e", "value")), "vmax")),
                table(Tables.EVENTS, "e"), List.of(new Query.Join(false, new Query.Sub(latest, "k"),
                        and(eq(col("k", "person_id"), col("e", "person_id")), eq(col("k", "list_id"), col("e", "list_id")),
                                eq(col("k", "dv"), col("e", "d"))))),
                notNull(col("e", "value")), List.of(col("e", "person_id"), col("e", "list_id"), col("e", "d")), null);
    }
}
