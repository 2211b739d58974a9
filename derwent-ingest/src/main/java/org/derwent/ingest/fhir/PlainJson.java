package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * A fast reader for the plain case of a JSON line: ASCII text, strings without escapes or control characters,
 * numbers of at most 18 digits before any fraction or exponent, standard JSON grammar. It builds the tree Jackson's
 * {@code readTree} builds for the same text (same node types and values) and gives up, returning null, on anything
 * else (including a line that is not an object or array), so that Jackson ({@link JsonTree}) reads that line and
 * reports its own errors.
 */
final class PlainJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 500;
    private static final int MAX_TEXT = 50_000;

    private final byte[] b;
    private final int end;
    private int i;
    private int depth;

    private PlainJson(byte[] data, int offset, int length) {
        this.b = data;
        this.i = offset;
        this.end = offset + length;
    }

    /** The tree of {@code data[offset, offset + length)}, or null when this reader leaves the line to Jackson. */
    static JsonNode read(byte[] data, int offset, int length) {
        PlainJson p = new PlainJson(data, offset, length);
        p.space();
        if (p.i == p.end || data[p.i] != '{' && data[p.i] != '[') {
            return null;
        }
        JsonNode v = p.value();
        return v != null && (p.i == p.end || p.delimiter()) ? v : null;
    }

    private JsonNode value() {
        byte c = b[i];
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '"') {
            String s = string();
            return s == null ? null : NODES.textNode(s);
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return number();
        }
        if (literal("true")) {
            return NODES.booleanNode(true);
        }
        if (literal("false")) {
            return NODES.booleanNode(false);
        }
        if (literal("null")) {
            return NODES.nullNode();
        }
        return null;
    }

    private ObjectNode object() {
        int open = open('}');
        if (open <= 0) {
            return open == 0 ? NODES.objectNode() : null;
        }
        ObjectNode o = NODES.objectNode();
        while (true) {
            if (i >= end || b[i] != '"') {
                return null;
            }
            String name = string();
            if (name == null) {
                return null;
            }
            space();
            if (i >= end || b[i] != ':') {
                return null;
            }
            i++;
            space();
            if (i >= end) {
                return null;
            }
            JsonNode v = value();
            if (v == null) {
                return null;
            }
            o.replace(name, v);
            int next = next('}');
            if (next <= 0) {
                return next == 0 ? o : null;
            }
        }
    }

    private ArrayNode array() {
        int open = open(']');
        if (open <= 0) {
            return open == 0 ? NODES.arrayNode() : null;
        }
        ArrayNode a = NODES.arrayNode();
        while (true) {
            if (i >= end) {
                return null;
            }
            JsonNode v = value();
            if (v == null) {
                return null;
            }
            a.add(v);
            int next = next(']');
            if (next <= 0) {
                return next == 0 ? a : null;
            }
        }
    }

    /**
     * Enters the object or array whose opening bracket is at {@code i}: -1 when nested too deep, 0 when {@code close}
     * follows at once (skipped, one level up: the container is empty), 1 when its first member or element follows.
     */
    private int open(char close) {
        if (++depth > MAX_DEPTH) {
            return -1;
        }
        i++;
        space();
        if (i < end && b[i] == close) {
            i++;
            depth--;
            return 0;
        }
        return 1;
    }

    /**
     * After a member or element: 1 when a comma follows (skipped with the space after it), 0 when {@code close} ends
     * the object or array (skipped, one level up), -1 for anything else.
     */
    private int next(char close) {
        space();
        if (i >= end) {
            return -1;
        }
        if (b[i] == ',') {
            i++;
            space();
            return 1;
        }
        if (b[i] == close) {
            i++;
            depth--;
            return 0;
        }
        return -1;
    }

    /** A string without escapes or control characters (the opening quote at {@code i}), or null. */
    private String string() {
        int start = ++i;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                if (i - start > MAX_TEXT) {
                    return null;
                }
                String s = new String(b, start, i - start, StandardCharsets.ISO_8859_1);
                i++;
                return s;
            }
            if (c == '\\' || c < 0x20) {
                return null;
            }
            i++;
        }
        return null;
    }

    private JsonNode number() {
        int start = i;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        int digits = i;
        if (i < end && b[i] == '0') {
            i++;
        } else {
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
        }
        int intDigits = i - digits;
        if (intDigits == 0 || intDigits > 18) {
            return null;
        }
        boolean fraction = false;
        if (i < end && b[i] == '.') {
            fraction = true;
            int f = ++i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == f) {
                return null;
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            fraction = true;
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int e = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == e) {
                return null;
            }
        }
        if (i - start > 100 || i < end && !delimiter()) {
            return null;
        }
        if (fraction) {
            return NODES.numberNode(Double.parseDouble(new String(b, start, i - start, StandardCharsets.ISO_8859_1)));
        }
        long v = 0;
        for (int k = digits; k < i; k++) {
            v = v * 10 + (b[k] - '0');
        }
        v = negative ? -v : v;
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? NODES.numberNode((int) v) : NODES.numberNode(v);
    }

    private boolean literal(String word) {
        int n = word.length();
        if (end - i < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != word.charAt(k)) {
                return false;
            }
        }
        if (i + n < end) {
            byte c = b[i + n];
            if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' || c == '}')) {
                return false;
            }
        }
        i += n;
        return true;
    }

    /** Whether the byte at {@code i} may follow a value: JSON white space, a comma or a closing bracket. */
    private boolean delimiter() {
        byte c = b[i];
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' || c == '}';
    }

    private void space() {
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
    }
}
