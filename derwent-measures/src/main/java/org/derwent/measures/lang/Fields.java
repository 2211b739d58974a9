package org.derwent.measures.lang;

import java.util.HashSet;
import java.util.Set;
import org.derwent.measures.yaml.YNode;

/** Reads the fields of one YAML mapping, with line-precise errors and a check for unknown keys. */
final class Fields {
    private final YNode.YMap map;
    private final String file;
    private final String what;
    private final Set<String> used = new HashSet<>();

    Fields(YNode node, String file, String what) {
        if (!(node instanceof YNode.YMap m)) {
            throw new DefinitionException(new SourcePos(file, node.line()), what + " must be a mapping");
        }
        this.map = m;
        this.file = file;
        this.what = what;
    }

    SourcePos pos() {
        return new SourcePos(file, map.line());
    }

    SourcePos pos(String key) {
        Integer l = map.keyLines().get(key);
        return new SourcePos(file, l != null ? l : map.line());
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    YNode node(String key) {
        used.add(key);
        return map.get(key);
    }

    String text(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof YNode.YScalar s)) {
            throw new DefinitionException(pos(key), "field '" + key + "' of " + what + " must be a single value");
        }
        return s.text();
    }

    String required(String key) {
        String v = text(key);
        if (v == null || v.isBlank()) {
            throw new DefinitionException(pos(), what + " needs field '" + key + "'");
        }
        return v;
    }

    Double number(String key) {
        String v = text(key);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new DefinitionException(pos(key), "field '" + key + "' of " + what + " must be a number, got '" + v + "'");
        }
    }

    Expr expr(String key) {
        String v = text(key);
        return v == null || v.isBlank() ? null : ExprParser.parse(v, pos(key));
    }

    /** Fails on keys nobody asked for (typos must not be silently ignored). */
    void rejectUnknown() {
        for (String key : map.entries().keySet()) {
            if (!used.contains(key)) {
                throw new DefinitionException(pos(key), "unknown field '" + key + "' in " + what);
            }
        }
    }
}
