package org.derwent.risk.multimorbidity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Charlson definition as data ({@code charlson-quan-icd10.json} beside this class): 17 categories with ICD-10
 * prefixes and both weight sets, and the hierarchy pairs where only the severer category counts.
 */
public final class CharlsonDefinition {
    /** Classpath name of the bundled definition. */
    public static final String RESOURCE = "/org/derwent/risk/multimorbidity/charlson-quan-icd10.json";

    private final Map<String, CharlsonCategory> categories;
    private final Map<String, String> severerOf;

    private CharlsonDefinition(Map<String, CharlsonCategory> categories, Map<String, String> severerOf) {
        this.categories = categories;
        this.severerOf = severerOf;
    }

    /** The bundled definition. */
    public static CharlsonDefinition bundled() {
        try (InputStream in = CharlsonDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Charlson definition " + RESOURCE + " is missing from the classpath");
            }
            return read(new ObjectMapper().readTree(in), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Charlson definition " + RESOURCE, e);
        }
    }

    static CharlsonDefinition read(JsonNode root, String file) {
        Map<String, CharlsonCategory> byId = new LinkedHashMap<>();
        for (JsonNode c : root.path("categories")) {
            String id = c.path("id").asText();
            List<String> prefixes = new ArrayList<>();
            c.path("icd10_prefixes").forEach(p -> prefixes.add(p.asText()));
            if (prefixes.isEmpty()) {
                throw new IllegalArgumentException(file + ": category '" + id + "' has no ICD-10 prefixes");
            }
            Map<CharlsonWeights, Integer> weights = new EnumMap<>(CharlsonWeights.class);
            for (CharlsonWeights w : CharlsonWeights.values()) {
                JsonNode n = c.path("weights").path(w.key());
                if (!n.isInt()) {
                    throw new IllegalArgumentException(file + ": category '" + id + "' weights." + w.key() + " is '" + n
                            + "', expected a whole number");
                }
                weights.put(w, n.intValue());
            }
            if (byId.put(id, new CharlsonCategory(id, c.path("label").asText(), prefixes, weights)) != null) {
                throw new IllegalArgumentException(file + ": category '" + id + "' appears twice");
            }
        }
        Map<String, String> severer = new LinkedHashMap<>();
        for (JsonNode h : root.path("hierarchy")) {
            String milder = h.path("milder").asText();
            String sev = h.path("severer").asText();
            if (!byId.containsKey(milder) || !byId.containsKey(sev)) {
                throw new IllegalArgumentException(file + ": hierarchy " + milder + " < " + sev + " names an unknown category");
            }
            severer.put(milder, sev);
        }
        return new CharlsonDefinition(byId, severer);
    }

    /** The categories in the reference's order. */
    public List<CharlsonCategory> categories() {
        return List.copyOf(categories.values());
    }

    /**
     * The category with this id.
     *
     * @throws IllegalArgumentException naming an unknown id
     */
    public CharlsonCategory category(String id) {
        CharlsonCategory c = categories.get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown Charlson category '" + id + "' (expected one of " + categories.keySet() + ")");
        }
        return c;
    }

    /** For a milder category of a hierarchy pair (mld, diab, canc), the severer one; else null. */
    public String severerOf(String id) {
        return severerOf.get(id);
    }
}
