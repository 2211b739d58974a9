package org.derwent.measures.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Recursive-descent parser for {@link Expr}: or / and / not, comparisons, arithmetic, calls, literals. */
public final class ExprParser {
    private static final Set<String> FUNCTIONS = Set.of("coalesce", "greatest", "least");
    private final List<ExprLexer.Token> tokens;
    private final SourcePos pos;
    private int i;

    private ExprParser(String text, SourcePos pos) {
        this.tokens = ExprLexer.lex(text, pos);
        this.pos = pos;
    }

    /** Parses {@code text}; errors name {@code pos}. */
    public static Expr parse(String text, SourcePos pos) {
        ExprParser p = new ExprParser(text, pos);
        Expr e = p.or();
        if (p.i < p.tokens.size()) {
            throw p.error("unexpected '" + p.tokens.get(p.i).text() + "'");
        }
        return e;
    }

    private Expr or() {
        Expr e = and();
        while (keyword("or")) {
            e = new Expr.Binary(Expr.Op.OR, e, and());
        }
        return e;
    }

    private Expr and() {
        Expr e = not();
        while (keyword("and")) {
            e = new Expr.Binary(Expr.Op.AND, e, not());
        }
        return e;
    }

    private Expr not() {
        return keyword("not") ? new Expr.Not(not()) : comparison();
    }

    private Expr comparison() {
        Expr left = sum();
        if (keyword("is")) {
            boolean negated = keyword("not");
            expectKeyword("null");
            return new Expr.IsNull(left, negated);
        }
        if (keyword("in")) {
            expect("(");
            List<Expr> values = new ArrayList<>();
            do {
                values.add(primary());
            } while (symbol(","));
            expect(")");
            return new Expr.In(left, values);
        }
        for (Expr.Op op : new Expr.Op[] {Expr.Op.LE, Expr.Op.GE, Expr.Op.NE, Expr.Op.LT, Expr.Op.GT, Expr.Op.EQ}) {
            if (symbol(op.sql()) || (op == Expr.Op.NE && symbol("!="))) {
                return new Expr.Binary(op, left, sum());
            }
        }
        return left;
    }

    private Expr sum() {
        Expr e = term();
        while (true) {
            if (symbol("+")) {
                e = new Expr.Binary(Expr.Op.ADD, e, term());
            } else if (symbol("-")) {
                e = new Expr.Binary(Expr.Op.SUB, e, term());
            } else {
                return e;
            }
        }
    }

    private Expr term() {
        Expr e = primary();
        while (true) {
            if (symbol("*")) {
                e = new Expr.Binary(Expr.Op.MUL, e, primary());
            } else if (symbol("/")) {
                e = new Expr.Binary(Expr.Op.DIV, e, primary());
            } else {
                return e;
            }
        }
    }

    private Expr primary() {
        if (i >= tokens.size()) {
            throw error("expression ends too early");
        }
        ExprLexer.Token t = tokens.get(i++);
        switch (t.kind()) {
            case NUMBER -> {
                return new Expr.Num(Double.parseDouble(t.text()));
            }
            case STRING -> {
                return new Expr.Str(t.text());
            }
            case SYMBOL -> {
                if (t.text().equals("(")) {
                    Expr e = or();
                    expect(")");
                    return e;
                }
                if (t.text().equals("-")) {
                    return new Expr.Binary(Expr.Op.SUB, new Expr.Num(0), primary());
                }
                throw error("unexpected '" + t.text() + "'");
            }
            default -> {
                String word = t.text().toLowerCase(Locale.ROOT);
                if (word.equals("true") || word.equals("false")) {
                    return new Expr.Bool(word.equals("true"));
                }
                if (symbol("(")) {
                    if (!FUNCTIONS.contains(word)) {
                        throw error("unknown function '" + t.text() + "' (known: " + FUNCTIONS + ")");
                    }
                    List<Expr> args = new ArrayList<>();
                    do {
                        args.add(or());
                    } while (symbol(","));
                    expect(")");
                    return new Expr.Call(word, args, pos);
                }
                return new Expr.Ref(t.text(), pos);
            }
        }
    }

    private boolean keyword(String word) {
        if (i < tokens.size() && tokens.get(i).kind() == ExprLexer.Kind.WORD
                && tokens.get(i).text().equalsIgnoreCase(word)) {
            i++;
            return true;
        }
        return false;
    }

    private void expectKeyword(String word) {
        if (!keyword(word)) {
            throw error("expected '" + word + "'");
        }
    }

    private boolean symbol(String s) {
        if (i < tokens.size() && tokens.get(i).kind() == ExprLexer.Kind.SYMBOL && tokens.get(i).text().equals(s)) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!symbol(s)) {
            throw error("expected '" + s + "'");
        }
    }

    private DefinitionException error(String message) {
        return new DefinitionException(pos, message + " in expression");
    }
}
