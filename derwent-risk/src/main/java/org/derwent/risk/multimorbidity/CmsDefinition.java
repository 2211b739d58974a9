package org.derwent.risk.multimorbidity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.risk.frailty.CodelistCoverage;

/**
 * The CMS definition as data, read from {@code cms-conditions.json} beside this class: 20 conditions with exact
 * decimal weights per variant, and whether each variant's weights are verified.
 */
public final class CmsDefinition {
    /** Classpath name of the bundled definition. */
    public static final String RESOURCE = "/org/derwent/risk/multimorbidity/cms-conditions.json";

    private final Map<String, CmsCondition> conditions;
    private final Map<CmsVariant, Boolean> verified;

    private CmsDefinition(Map<String, CmsCondition> conditions, Map<CmsVariant, Boolean> verified) {
        this.conditions = conditions;
        this.verified = verified;
    }

    /** The bundled definition. */
    public static CmsDefinition bundled() {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try (InputStream in = CmsDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("CMS definition " + RESOURCE + " is missing from the classpath");
            }
            return read(json.readTree(in), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CMS definition " + RESOURCE, e);
        }
    }

    static CmsDefinition read(JsonNode root, String file) {
        Map<CmsVariant, Boolean> verified = new EnumMap<>(CmsVariant.class);
        for (CmsVariant v : CmsVariant.values()) {
            JsonNode n = root.path("variants").path(v.key());
            if (n.isMissingNode()) {
                throw new IllegalArgumentException(file + ": variants." + v.key() + " is missing");
            }
            verified.put(v, n.path("verified").asBoolean());
        }
        Map<String, CmsCondition> byId = new LinkedHashMap<>();
        for (JsonNode c : root.path("conditions")) {
            String id = c.path("id").asText();
            Map<CmsVariant, BigDecimal> weights = new EnumMap<>(CmsVariant.class);
            for (CmsVariant v : CmsVariant.values()) {
                JsonNode w = c.path("weights").path(v.key());
                if (!w.isNumber()) {
                    throw new IllegalArgumentException(file + ": condition '" + id + "' weights." + v.key()
                            + " is '" + w + "', expected a number");
                }
                weights.put(v, w.decimalValue());
            }
            List<String> lists = new ArrayList<>();
            c.path("codelists").forEach(l -> lists.add(l.asText()));
            CmsCondition cond = new CmsCondition(id, c.path("name").asText(), weights, c.path("rule").asText(),
                    CodelistCoverage.parse(c.path("coverage").asText()), lists, c.path("note").asText());
            if (byId.put(id, cond) != null) {
                throw new IllegalArgumentException(file + ": condition id '" + id + "' appears twice");
            }
        }
        if (byId.size() != 20) {
            throw new IllegalArgumentException(file + ": " + byId.size() + " conditions, expected 20");
        }
        return new CmsDefinition(byId, verified);
    }

    /** The 20 conditions in the reference's order. */
    public List<CmsCondition> conditions() {
        return List.copyOf(conditions.values());
    }

    /**
     * The condition with this id.
     *
     * @throws IllegalArgumentException naming the id when it is not one of the 20
     */
    public CmsCondition condition(String id) {
        CmsCondition c = conditions.get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown CMS condition '" + id + "' (expected one of " + conditions.keySet() + ")");
        }
        return c;
    }

    /** Whether the variant's weights were confirmed by two independent sources. */
    public boolean verified(CmsVariant variant) {
        return verified.get(variant);
    }
}
