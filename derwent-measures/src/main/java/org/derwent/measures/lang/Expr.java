package org.derwent.measures.lang;

import java.util.List;

/**
 * An expression over patient variables, written in definitions as text such as
 * {@code (age < 80 and sbp <= 140 and dbp <= 90) or ...}. Parsed by {@link ExprParser}.
 */
public sealed interface Expr {
    /** A number literal; travels to SQL as a bind parameter. */
    record Num(double value) implements Expr {
    }

    /** A quoted text literal; travels to SQL as a bind parameter. */
    record Str(String value) implements Expr {
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Expr {
    }

    /** A reference to a variable (or built-in such as {@code age}). */
    record Ref(String name, SourcePos pos) implements Expr {
    }

    /** {@code not e}. */
    record Not(Expr operand) implements Expr {
    }

    /** {@code e is null} / {@code e is not null}. */
    record IsNull(Expr operand, boolean negated) implements Expr {
    }

    /** {@code e in ('a', 'b')}. */
    record In(Expr operand, List<Expr> values) implements Expr {
        public In {
            values = List.copyOf(values);
        }
    }

    /** A function call: {@code coalesce}, {@code greatest}, {@code least}. */
    record Call(String function, List<Expr> args, SourcePos pos) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** A binary operation. */
    record Binary(Op op, Expr left, Expr right) implements Expr {
    }

    /** Binary operators with their text. */
    enum Op {
        OR("OR"), AND("AND"), EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="),
        ADD("+"), SUB("-"), MUL("*"), DIV("/");

        private final String sql;

        Op(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }

        public boolean logical() {
            return this == OR || this == AND;
        }

        public boolean comparison() {
            return ordinal() >= EQ.ordinal() && ordinal() <= GE.ordinal();
        }
    }
}
