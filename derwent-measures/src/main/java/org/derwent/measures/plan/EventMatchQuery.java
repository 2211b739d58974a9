package org.derwent.measures.plan;

import static org.derwent.measures.sql.Sql.and;
import static org.derwent.measures.sql.Sql.as;
import static org.derwent.measures.sql.Sql.bin;
import static org.derwent.measures.sql.Sql.col;
import static org.derwent.measures.sql.Sql.date;
import static org.derwent.measures.sql.Sql.eq;
import static org.derwent.measures.sql.Sql.k;
import static org.derwent.measures.sql.Sql.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derwent.measures.lang.VariableDef.Source;
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.SqlExpr;
import org.derwent.measures.sql.SqlType;

/**
 * Matches every codelist against every coded event table in one join, giving the long-format event table
 * {@link Tables#EVENTS}: person_id, list_id, code, d (event date), value, resolved (condition resolution date), src.
 * Events after the period end are left out; earlier period ends of a series filter further.
 */
public final class EventMatchQuery {
    private EventMatchQuery() {
    }

    /** Source code stored in {@code src}. */
    public static int sourceCode(Source s) {
        return s.ordinal() + 1;
    }

    /**
     * The match for lists in the given coding systems: medication is scanned only for dm+d lists, the other tables
     * only for lists in other systems (a dm+d code is a medicine issue; SNOMED, OPCS-4 codes are not).
     */
    public static Query build(LocalDate periodEnd, java.util.Set<String> systems) {
        return build(periodEnd, systems, java.util.Map.of(), java.util.Set.of());
    }

    /**
     * The match keeping, for a list with a bound in {@code after} ({@link ListBounds}), only events after that date;
     * {@code lists} are all list ids (when every one is bounded the earliest bound also filters the scans).
     */
    public static Query build(LocalDate periodEnd, java.util.Set<String> systems, java.util.Map<Integer, LocalDate> after,
            java.util.Set<Integer> lists) {
        List<Query> parts = new ArrayList<>();
        boolean clinical = systems.stream().anyMatch(x -> !x.equals("dmd"));
        if (clinical || !systems.contains("dmd")) {
            parts.add(part("condition", "onset_date", null, col("resolved_date"), Source.CONDITION, false));
            parts.add(part("observation", "obs_date", col("value"), null, Source.OBSERVATION, true));
        }
        if (systems.contains("dmd")) {
            parts.add(part("medication", "issue_date", null, null, Source.MEDICATION, false));
        }
        if (clinical) {
            parts.add(part("procedure", "proc_date", null, null, Source.PROCEDURE, false));
            parts.add(part("referral", "ref_date", null, null, Source.REFERRAL, false));
        }
        Query events = new Query.UnionAll(parts);
        return new Query.Select(List.of(as(col("e", "person_id"), "person_id"), as(col("c", "list_id"), "list_id"), as(col("e", "code"), "code"),
                as(col("e", "d"), "d"), as(col("e", "value"), "value"), as(col("e", "resolved"), "resolved"),
                as(col("e", "src"), "src")),
                new Query.Sub(events, "e"),
                List.of(new Query.Join(false, table(Tables.CODES, "c"),
                        and(eq(col("c", "code_system"), col("e", "code_system")), eq(col("c", "code"), col("e", "code"))))),
                and(bin("<=", col("e", "d"), date(periodEnd)), bounds(after, lists)), List.of(), null);
    }

    /** Lists without a bound, or lists sharing a bound with their events after it; null when nothing is bounded. */
    private static SqlExpr bounds(java.util.Map<Integer, LocalDate> after, java.util.Set<Integer> lists) {
        if (after.isEmpty()) {
            return null;
        }
        java.util.Map<LocalDate, List<SqlExpr>> byDate = new java.util.TreeMap<>();
        after.forEach((id, d) -> byDate.computeIfAbsent(d, k -> new ArrayList<>()).add(new SqlExpr.IntConst(id)));
        List<SqlExpr> free = lists.stream().filter(id -> !after.containsKey(id)).sorted()
                .map(id -> (SqlExpr) new SqlExpr.IntConst(id)).toList();
        SqlExpr out = free.isEmpty() ? null : new SqlExpr.In(col("c", "list_id"), free);
        for (java.util.Map.Entry<LocalDate, List<SqlExpr>> e : byDate.entrySet()) {
            SqlExpr part = and(new SqlExpr.In(col("c", "list_id"), e.getValue()), bin(">", col("e", "d"), date(e.getKey())));
            out = out == null ? part : org.derwent.measures.sql.Sql.or(out, part);
        }
        if (free.isEmpty()) {
            LocalDate earliest = byDate.keySet().iterator().next();
            out = and(bin(">", col("e", "d"), date(earliest)), out);
        }
        return out;
    }

    private static Query part(String table, String dateCol, SqlExpr value, SqlExpr resolved, Source src, boolean valued) {
        SqlExpr v = valued ? value : new SqlExpr.Null(SqlType.DOUBLE);
        SqlExpr r = resolved != null ? resolved : new SqlExpr.Null(SqlType.DATE);
        return new Query.Select(List.of(as(col("person_id"), "person_id"), as(col("code_system"), "code_system"),
                as(col("code"), "code"), as(col(dateCol), "d"), as(v, "value"), as(r, "resolved"),
                as(k(sourceCode(src)), "src")), table(table, null), List.of(), null, List.of(), null);
    }
}
