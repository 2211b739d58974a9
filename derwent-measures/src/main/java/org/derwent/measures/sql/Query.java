package org.derwent.measures.sql;

import java.util.List;

/** A query: a SELECT or a UNION ALL of queries. */
public sealed interface Query {
    /** One output column. */
    record Item(SqlExpr expr, String alias) {
    }

    /** A table or a sub-query with an alias. */
    sealed interface From {
    }

    /** A named table. */
    record Table(String name, String alias) implements From {
    }

    /** A sub-query. */
    record Sub(Query query, String alias) implements From {
    }

    /** A join. */
    record Join(boolean left, From target, SqlExpr on) {
    }

    /** SELECT items FROM from JOIN ... WHERE ... GROUP BY (plain or GROUPING SETS). */
    record Select(List<Item> items, From from, List<Join> joins, SqlExpr where, List<SqlExpr> groupBy,
            List<List<SqlExpr>> groupingSets) implements Query {
        public Select {
            items = List.copyOf(items);
            joins = List.copyOf(joins);
            groupBy = List.copyOf(groupBy);
            groupingSets = groupingSets == null ? List.of() : groupingSets.stream().map(List::copyOf).toList();
        }
    }

    /** q1 UNION ALL q2 ... */
    record UnionAll(List<Query> parts) implements Query {
        public UnionAll {
            parts = List.copyOf(parts);
        }
    }
}
