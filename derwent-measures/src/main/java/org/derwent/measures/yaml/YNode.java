package org.derwent.measures.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML node with the file line it starts on, so definition errors can point at the source. */
public sealed interface YNode {
    /** 1-based line in the source file. */
    int line();

    /** A mapping; keys keep document order. */
    record YMap(int line, Map<String, YNode> entries, Map<String, Integer> keyLines) implements YNode {
        public YMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLines = Map.copyOf(keyLines);
        }

        public YNode get(String key) {
            return entries.get(key);
        }
    }

    /** A sequence. */
    record YList(int line, List<YNode> items) implements YNode {
        public YList {
            items = List.copyOf(items);
        }
    }

    /** A scalar, kept as text (YAML {@code null} becomes an empty string). */
    record YScalar(int line, String text) implements YNode {
    }
}
