package org.derwent.measures.sql;

import java.util.List;

/** A SQL scalar or aggregate expression. Build with {@link Sql}. */
public sealed interface SqlExpr {
    /** A column, optionally qualified by a table alias. */
    record Col(String qualifier, String name) implements SqlExpr {
    }

    /** A bind parameter: rendered as a typed placeholder, its value is bound at execution. */
    record Param(Object value, SqlType type) implements SqlExpr {
    }

    /** A small integer constant written by the compiler itself (0, 1): never a user-supplied value. */
    record IntConst(int value) implements SqlExpr {
    }

    /** SQL NULL of a type. */
    record Null(SqlType type) implements SqlExpr {
    }

    /** A binary operator: arithmetic, comparison, AND, OR. */
    record Binary(String op, SqlExpr left, SqlExpr right) implements SqlExpr {
    }

    /** NOT e. */
    record Not(SqlExpr operand) implements SqlExpr {
    }

    /** e IS [NOT] NULL. */
    record IsNull(SqlExpr operand, boolean negated) implements SqlExpr {
    }

    /** e IN (v, ...). */
    record In(SqlExpr operand, List<SqlExpr> values) implements SqlExpr {
        public In {
            values = List.copyOf(values);
        }
    }

    /** CASE WHEN c THEN v ... ELSE e END. */
    record Case(List<SqlExpr> conditions, List<SqlExpr> results, SqlExpr otherwise) implements SqlExpr {
        public Case {
            conditions = List.copyOf(conditions);
            results = List.copyOf(results);
        }
    }

    /** A function or aggregate with a portable name: COALESCE, GREATEST, LEAST, MAX, MIN, SUM, COUNT. */
    record Func(String name, List<SqlExpr> args, boolean distinct) implements SqlExpr {
        public Func {
            args = List.copyOf(args);
        }
    }

    /** A dialect-specific operation. */
    record Special(Kind kind, List<SqlExpr> args) implements SqlExpr {
        public Special {
            args = List.copyOf(args);
        }
    }

    /** Operations that differ between engines. */
    enum Kind {
        /** Whole-number division of two integers. */
        INT_DIV,
        /** Year of a date. */
        YEAR,
        /** Month (1-12) of a date. */
        MONTH,
        /** date minus a number of days. */
        DATE_MINUS_DAYS,
        /** date plus a number of days. */
        DATE_PLUS_DAYS,
        /** Text concatenation. */
        CONCAT,
        /** Leading characters of a text: (text, length). */
        LEFT,
        /** A number as text without decimals (CAST via INTEGER). */
        TO_TEXT
    }

    /** An analytic function: f(args) OVER (PARTITION BY ... ORDER BY ...). */
    record Over(Func function, List<SqlExpr> partitionBy, List<SqlExpr> orderByDesc) implements SqlExpr {
        public Over {
            partitionBy = List.copyOf(partitionBy);
            orderByDesc = List.copyOf(orderByDesc);
        }
    }

    /** EXISTS (subquery). */
    record Exists(Query query) implements SqlExpr {
    }
}
