package org.derwent.model.footprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads an ICS configuration directory: {@code ics.json} names the organisations and the CSV tables
 * that hold practices, registers, LSOAs, population and ethnicity. Another ICS is another directory;
 * no code changes. The result is checked by {@link FootprintValidator}.
 */
public final class FootprintLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FootprintLoader() {
    }

    /** Loads and validates the configuration in {@code dir}. */
    public static Ics load(Path dir) {
        Path file = dir.resolve("ics.json");
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new FootprintException(file, "cannot read ICS configuration: " + e.getMessage(), e);
        }
        JsonNode tables = required(file, root, "tables");
        Ics ics = new Ics(
                required(file, root, "id").asText(),
                icb(file, required(file, root, "icb")),
                date(file, required(file, root, "referenceDate").asText()),
                districts(file, required(file, root, "districts")),
                areas(file, required(file, root, "places"), Place::new),
                areas(file, required(file, root, "icps"), Icp::new),
                providers(file, required(file, root, "providers")),
                pcns(dir.resolve(required(file, tables, "pcns").asText())),
                practices(dir.resolve(required(file, tables, "practices").asText()),
                        dir.resolve(required(file, tables, "qofRegisters").asText())),
                lsoas(dir.resolve(required(file, tables, "lsoas").asText()),
                        dir.resolve(required(file, tables, "lsoaPopulation").asText()),
                        dir.resolve(required(file, tables, "lsoaEthnicity").asText())),
                tables.has("providerCatchment") ? catchment(dir.resolve(tables.get("providerCatchment").asText())) : List.of(),
                root.path("attribution").asText(""));
        FootprintValidator.validate(ics, file);
        return ics;
    }

    private static JsonNode required(Path file, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new FootprintException(file, 0, field, "", "a value is required");
        }
        return v;
    }

    private static LocalDate date(Path file, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FootprintException(file, 0, "referenceDate", text, "a date YYYY-MM-DD");
        }
    }

    private static Icb icb(Path file, JsonNode n) {
        return new Icb(required(file, n, "code").asText(), n.path("onsCode").asText(""),
                n.path("subIcbCode").asText(""), required(file, n, "name").asText());
    }

    private static List<District> districts(Path file, JsonNode array) {
        List<District> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(new District(required(file, n, "code").asText(), required(file, n, "name").asText()));
        }
        return out;
    }

    private interface AreaFactory<T> {
        T create(String code, String name, List<String> districts);
    }

    private static <T> List<T> areas(Path file, JsonNode array, AreaFactory<T> factory) {
        List<T> out = new ArrayList<>();
        for (JsonNode n : array) {
            List<String> ds = new ArrayList<>();
            required(file, n, "districts").forEach(d -> ds.add(d.asText()));
            out.add(factory.create(required(file, n, "code").asText(), required(file, n, "name").asText(), ds));
        }
        return out;
    }

    private static List<Provider> providers(Path file, JsonNode array) {
        List<Provider> out = new ArrayList<>();
        for (JsonNode n : array) {
            String kind = required(file, n, "kind").asText();
            try {
                out.add(new Provider(required(file, n, "code").asText(), required(file, n, "name").asText(),
                        ProviderKind.valueOf(kind)));
            } catch (IllegalArgumentException e) {
                throw new FootprintException(file, 0, "providers.kind", kind, "one of " + List.of(ProviderKind.values()));
            }
        }
        return out;
    }

    private static List<Pcn> pcns(Path file) {
        List<Pcn> out = new ArrayList<>();
        CsvTable.read(file, List.of("pcn_code", "pcn_name"),
                r -> out.add(new Pcn(r.text("pcn_code"), r.text("pcn_name"), r.optional("postcode"))));
        return out;
    }

    private static List<Practice> practices(Path file, Path registersFile) {
        Map<String, Map<String, QofRegister>> registers = new HashMap<>();
        CsvTable.read(registersFile, List.of("practice_code", "register", "count", "list_type", "denominator"), r ->
                registers.computeIfAbsent(r.text("practice_code"), k -> new LinkedHashMap<>())
                        .put(r.text("register"), new QofRegister(r.text("register"), r.integer("count"),
                                r.text("list_type"), r.integer("denominator"))));
        List<Practice> out = new ArrayList<>();
        CsvTable.read(file, List.of("practice_code", "name", "pcn_code", "district_code", "list_size"), r -> {
            Map<String, Integer> thresholds = new LinkedHashMap<>();
            for (String t : List.of("06OV", "16OV", "17OV", "18OV", "50OV")) {
                String col = "list_" + t.toLowerCase();
                if (!r.optional(col).isEmpty()) {
                    thresholds.put(t, r.integer(col));
                }
            }
            String imd = r.optional("imd_score");
            out.add(new Practice(r.text("practice_code"), r.text("name"), r.optional("postcode"), r.text("pcn_code"),
                    r.text("district_code"), r.integer("list_size"), thresholds,
                    registers.getOrDefault(r.text("practice_code"), Map.of()),
                    imd.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(r.decimal("imd_score"))));
        });
        return out;
    }

    private static List<Lsoa> lsoas(Path file, Path populationFile, Path ethnicityFile) {
        Map<String, int[][]> pop = new HashMap<>();
        CsvTable.read(populationFile, List.of("lsoa_code", "sex", "age_band", "count"), r -> {
            int band = AgeSexPopulation.bandIndex(r.text("age_band"));
            if (band < 0) {
                throw new FootprintException(r.file(), r.line(), "age_band", r.text("age_band"),
                        "one of " + String.join(" ", AgeSexPopulation.BANDS));
            }
            String sex = r.text("sex");
            int s = switch (sex) {
                case "F" -> 0;
                case "M" -> 1;
                default -> throw new FootprintException(r.file(), r.line(), "sex", sex, "F or M");
            };
            pop.computeIfAbsent(r.text("lsoa_code"), k -> new int[2][AgeSexPopulation.BANDS.length])[s][band] += r.integer("count");
        });
        Map<String, Map<String, Double>> eth = new HashMap<>();
        CsvTable.read(ethnicityFile, List.of("lsoa_code", "ethnic_group", "count"), r ->
                eth.computeIfAbsent(r.text("lsoa_code"), k -> new LinkedHashMap<>()).put(r.text("ethnic_group"), r.decimal("count")));
        List<Lsoa> out = new ArrayList<>();
        CsvTable.read(file, List.of("lsoa_code", "district_code", "imd_score", "imd_decile", "imd_quintile"), r -> {
            String code = r.text("lsoa_code");
            int[][] p = pop.get(code);
            if (p == null) {
                throw new FootprintException(r.file(), r.line(), "lsoa_code", code, "a population row in " + populationFile.getFileName());
            }
            out.add(new Lsoa(code, r.optional("name"), r.text("district_code"), r.decimal("imd_score"),
                    r.integer("imd_decile"), r.integer("imd_quintile"), r.optional("ruc_code"), r.optional("ruc_class"),
                    new AgeSexPopulation(p[0], p[1]), eth.getOrDefault(code, Map.of())));
        });
        return out;
    }

    private static List<ProviderCatchment> catchment(Path file) {
        List<ProviderCatchment> out = new ArrayList<>();
        CsvTable.read(file, List.of("provider_code", "district_code", "share_of_trust_patients"), r ->
                out.add(new ProviderCatchment(r.text("provider_code"), r.text("district_code"), r.decimal("share_of_trust_patients"))));
        return out;
    }
}
