package org.derwent.measures.lang;

import java.util.ArrayList;
import java.util.List;

/** Splits expression text into words, numbers, quoted strings and symbols. */
final class ExprLexer {
    enum Kind { WORD, NUMBER, STRING, SYMBOL }

    record Token(Kind kind, String text) {
    }

    private ExprLexer() {
    }

    static List<Token> lex(String s, SourcePos pos) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                out.add(new Token(Kind.WORD, s.substring(i, j)));
                i = j;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                out.add(new Token(Kind.NUMBER, s.substring(i, j)));
                i = j;
            } else if (c == '\'') {
                int j = s.indexOf('\'', i + 1);
                if (j < 0) {
                    throw new DefinitionException(pos, "unterminated quoted text in expression '" + s + "'");
                }
                out.add(new Token(Kind.STRING, s.substring(i + 1, j)));
                i = j + 1;
            } else if ("<>!=".indexOf(c) >= 0 && i + 1 < s.length() && s.charAt(i + 1) == '=') {
                out.add(new Token(Kind.SYMBOL, s.substring(i, i + 2)));
                i += 2;
            } else if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '>') {
                out.add(new Token(Kind.SYMBOL, "<>"));
                i += 2;
            } else if ("()<>=+-*/,".indexOf(c) >= 0) {
                out.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            } else {
                throw new DefinitionException(pos, "unexpected character '" + c + "' in expression '" + s + "'");
            }
        }
        return out;
    }
}
