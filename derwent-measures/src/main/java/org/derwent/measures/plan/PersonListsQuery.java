package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.as;
import static org.derwent.measures.sql.Sql.bin;
import static org.derwent.measures.sql.Sql.col;
import static org.derwent.measures.sql.Sql.date;
import static org.derwent.measures.sql.Sql.func;
import static org.derwent.measures.sql.Sql.isNull;
import static org.derwent.measures.sql.Sql.notNull;
import static org.derwent.measures.sql.Sql.or;
import static org.derwent.measures.sql.Sql.table;
import static org.derwent.measures.sql.Sql.when;

import java.time.LocalDate;
import java.util.List;
import org.derwent.measures.sql.Query;

/**
 * First level of the pivot ({@link Tables#PERSON_LISTS}): the event table folded to one row per patient, list
 * and source table up to the period end, with the latest date ({@code max_d}), the latest date not resolved by the
 * period end ({@code max_du}), the latest valued date ({@code max_dv}), the earliest date and the count. Most
 * variables (registers, "exists / latest date in the last N months") read this much smaller table instead of the
 * events, because every event is on or before the period end: one is in the window exactly when the latest is.
 */
public final class PersonListsQuery {
    private PersonListsQuery() {
    }

    public static Query build(LocalDate periodEnd) {
        return new Query.Select(List.of(as(col("person_id"), "person_id"), as(col("list_id"), "list_id"),
                as(col("src"), "src"), as(func("MAX", col("d")), "max_d"),
                as(func("MAX", when(or(isNull(col("resolved")), bin(">", col("resolved"), date(periodEnd))), col("d"), null)), "max_du"),
                as(func("MAX", when(notNull(col("value")), col("d"), null)), "max_dv"),
                as(func("MIN", col("d")), "min_d"), as(func("COUNT"), "n")),
                table(Tables.EVENTS, null), List.of(), bin("<=", col("d"), date(periodEnd)),
                List.of(col("person_id"), col("list_id"), col("src")), null);
    }
}
