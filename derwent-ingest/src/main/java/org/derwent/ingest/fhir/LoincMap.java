package org.derwent.ingest.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vendored LOINC to SNOMED CT map ({@code reference/maps/loinc-snomed.csv}, on the classpath as
 * {@code org/derwent/ingest/fhir/loinc-snomed.csv}): the few LOINC observation codes Synthea writes whose meaning
 * matches a SNOMED CT concept in Derwent's codelists one to one, with the unit the store keeps and, where the LOINC
 * unit differs (HbA1c %, cholesterol mg/dL), the linear conversion to it. See docs/ingest.md, "LOINC and RxNorm".
 */
public final class LoincMap {
    /** The map read from the classpath. */
    public static final LoincMap BUNDLED = read();

    /** What an entry maps to: a fixed SNOMED CT concept, or the SNOMED CT finding given as the observation's value. */
    public enum Target { CODE, VALUE }

    /**
     * One map row. A value in one of {@code sourceUnits} becomes {@code value * factor + offset} in {@code unit},
     * rounded to {@code decimals} places when converted (null: not rounded).
     */
    public record Entry(String loinc, Target target, String snomed, List<String> sourceUnits, String unit,
                        double factor, double offset, Integer decimals) {

        /** True when a value needs arithmetic to reach the store unit. */
        boolean converts() {
            return factor != 1.0 || offset != 0.0;
        }

        /**
         * The value as stored, in {@link #unit()}, for a value given in {@code units} (the quantity's UCUM code and
         * display unit, either may be null); empty when no given unit is a source unit or the store unit, or a value
         * that needs converting has no unit.
         */
        public Optional<Double> convert(double value, String... units) {
            boolean noUnit = true;
            for (String u : units) {
                if (u == null || u.isBlank()) {
                    continue;
                }
                noUnit = false;
                String given = u.trim().toLowerCase(Locale.ROOT);
                if (given.equals(unit.toLowerCase(Locale.ROOT))) {
                    return Optional.of(value);
                }
                if (sourceUnits.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(given))) {
                    return Optional.of(converted(value));
                }
            }
            return noUnit && !converts() ? Optional.of(value) : Optional.empty();
        }

        private double converted(double value) {
            if (!converts()) {
                return value;
            }
            double v = value * factor + offset;
            return decimals == null ? v : BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        }
    }

    private final Map<String, Entry> entries;

    LoincMap(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The entry of a LOINC code, if the map has one. */
    public Optional<Entry> get(String loinc) {
        return Optional.ofNullable(entries.get(loinc));
    }

    /** Every entry, by LOINC code. */
    public Map<String, Entry> entries() {
        return entries;
    }

    private static LoincMap read() {
        String name = "loinc-snomed.csv";
        InputStream in = LoincMap.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " missing from the classpath (org/derwent/ingest/fhir)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(name, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the map's CSV lines (header first; no field holds a comma or quote). */
    static LoincMap parse(String file, List<String> lines) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split(",", -1);
            if (f.length != 11) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": expected 11 fields, found " + f.length);
            }
            Target target = Target.valueOf(f[2].trim().toUpperCase(Locale.ROOT));
            boolean code = target == Target.CODE;
            out.put(f[0].trim(), new Entry(f[0].trim(), target, code ? f[3].trim() : null,
                    code ? List.of(f[5].trim().split(" +")) : List.of(), code ? f[6].trim() : null,
                    code ? Double.parseDouble(f[7].trim()) : 1, code ? Double.parseDouble(f[8].trim()) : 0,
                    f[9].isBlank() ? null : Integer.valueOf(f[9].trim())));
        }
        return new LoincMap(out);
    }
}
