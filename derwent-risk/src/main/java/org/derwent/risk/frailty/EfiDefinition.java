package org.derwent.risk.frailty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The eFI definition as data: the 36 deficits (with their codelists) and the value rules, read from
 * {@code efi-deficits.json} beside this class. Loading checks there are exactly 36 deficits numbered 1-36 with
 * unique ids and that every rule names a known deficit.
 */
public final class EfiDefinition {
    /** Classpath name of the bundled definition. */
    public static final String RESOURCE = "/org/derwent/risk/frailty/efi-deficits.json";

    private final Map<String, EfiDeficit> deficits;
    private final List<EfiValueRule> valueRules;
    private final int polypharmacyMedicines;
    private final int polypharmacyMonths;

    private EfiDefinition(Map<String, EfiDeficit> deficits, List<EfiValueRule> valueRules, int medicines, int months) {
        this.deficits = deficits;
        this.valueRules = valueRules;
        this.polypharmacyMedicines = medicines;
        this.polypharmacyMonths = months;
    }

    /** The bundled definition. */
    public static EfiDefinition bundled() {
        try (InputStream in = EfiDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("eFI definition " + RESOURCE + " is missing from the classpath");
            }
            return read(new ObjectMapper().readTree(in), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read eFI definition " + RESOURCE, e);
        }
    }

    static EfiDefinition read(JsonNode root, String file) {
        Map<String, EfiDeficit> byId = new LinkedHashMap<>();
        int expected = 1;
        for (JsonNode d : root.path("deficits")) {
            String id = d.path("id").asText();
            if (d.path("number").asInt() != expected) {
                throw new IllegalArgumentException(file + ": deficit '" + id + "' has number " + d.path("number")
                        + ", expected " + expected);
            }
            List<String> lists = new ArrayList<>();
            d.path("codelists").forEach(c -> lists.add(c.asText()));
            EfiDeficit def = new EfiDeficit(expected, id, d.path("name").asText(),
                    d.path("efi_code_set").isNull() ? null : d.path("efi_code_set").asText(),
                    CodelistCoverage.parse(d.path("coverage").asText()), lists, d.path("note").asText());
            if (byId.put(id, def) != null) {
                throw new IllegalArgumentException(file + ": deficit id '" + id + "' appears twice");
            }
            expected++;
        }
        if (byId.size() != EfiCalculator.DEFICITS) {
            throw new IllegalArgumentException(file + ": " + byId.size() + " deficits, expected 36");
        }
        List<EfiValueRule> rules = new ArrayList<>();
        for (JsonNode r : root.path("value_rules")) {
            String deficit = r.path("deficit").asText();
            if (!byId.containsKey(deficit)) {
                throw new IllegalArgumentException(file + ": value rule for unknown deficit '" + deficit + "'");
            }
            List<String> codes = new ArrayList<>();
            r.path("codes").forEach(c -> codes.add(c.asText()));
            rules.add(new EfiValueRule(deficit, codes, r.path("code_systems").asText(), EfiValueRule.Op.valueOf(r.path("op").asText().toUpperCase(Locale.ROOT)),
                    r.has("threshold") ? r.path("threshold").asDouble() : Double.NaN,
                    r.has("upper") ? r.path("upper").asDouble() : Double.NaN, r.path("sex").asText(), r.path("measure").asText()));
        }
        JsonNode poly = root.path("polypharmacy");
        return new EfiDefinition(Map.copyOf(byId), List.copyOf(rules), poly.path("distinct_medicines").asInt(),
                poly.path("window_months").asInt());
    }

    /** The 36 deficits in Clegg's order. */
    public List<EfiDeficit> deficits() {
        return deficits.values().stream().sorted(Comparator.comparingInt(EfiDeficit::number)).toList();
    }

    /**
     * The deficit with this id.
     *
     * @throws IllegalArgumentException naming the id when it is not one of the 36
     */
    public EfiDeficit deficit(String id) {
        EfiDeficit d = deficits.get(id);
        if (d == null) {
            throw new IllegalArgumentException("unknown eFI deficit '" + id + "' (expected one of the 36 ids in "
                    + RESOURCE + ", e.g. falls, polypharmacy)");
        }
        return d;
    }

    /** The value-based rules (Read v2 / CTV3 measurement codes). */
    public List<EfiValueRule> valueRules() {
        return valueRules;
    }

    /** Polypharmacy: this many distinct medicines or more ... */
    public int polypharmacyMedicines() {
        return polypharmacyMedicines;
    }

    /** ... prescribed within this many months before the index date. */
    public int polypharmacyMonths() {
        return polypharmacyMonths;
    }
}
