package org.derwent.measures.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a YAML document into {@link YNode}s, keeping the line of each node (Jackson token locations). */
public final class YamlTree {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTree() {
    }

    /** Parses one YAML document; {@code source} names the file in error messages. */
    public static YNode parse(String text, String source) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new YNode.YMap(1, Map.of(), Map.of());
            }
            return read(p, t);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse YAML in " + source + ": " + e.getMessage(), e);
        }
    }

    private static YNode read(JsonParser p, JsonToken t) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    keyLines.put(key, p.currentTokenLocation().getLineNr());
                    entries.put(key, read(p, p.nextToken()));
                }
                return new YNode.YMap(line, entries, keyLines);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(p, next));
                }
                return new YNode.YList(line, items);
            }
            case VALUE_NULL -> {
                return new YNode.YScalar(line, "");
            }
            default -> {
                return new YNode.YScalar(line, p.getText());
            }
        }
    }
}
