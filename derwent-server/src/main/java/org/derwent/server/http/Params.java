package org.derwent.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Allow-list validation of every request parameter. Each parameter name has a pattern or a fixed set of
 * values; an unknown parameter, a value that does not match (SQL fragments, path traversal, markup) or a
 * repeated parameter is a 400 naming the parameter and the value.
 */
public final class Params {
    /** Breakdowns of docs/measure-results.md. */
    public static final Set<String> BREAKDOWNS = Set.of("icb", "place", "icp", "district", "pcn", "practice", "lsoa",
            "imd_quintile", "imd_decile", "core20", "ethnicity", "age_band", "sex", "smi", "ld");
    private static final Pattern INDICATOR = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,24}");
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_+ .-]{1,40}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERSON = Pattern.compile("[0-9a-f]{8,64}");
    private static final Map<String, Object> RULES = Map.ofEntries(
            Map.entry("indicator", INDICATOR),
            Map.entry("breakdown", BREAKDOWNS),
            Map.entry("period", DATE),
            Map.entry("group", GROUP),
            Map.entry("area", CODE),
            Map.entry("compare", Pattern.compile("[a-z]{3,8}:[A-Za-z0-9_]{1,24}")),
            Map.entry("level", Set.of("practice", "pcn")),
            Map.entry("area_level", Set.of("icb", "place", "pcn", "practice")),
            Map.entry("practice", CODE),
            Map.entry("pcn", CODE),
            Map.entry("code", CODE),
            Map.entry("id", INDICATOR),
            Map.entry("format", Set.of("json", "csv", "xlsx")),
            Map.entry("status", Set.of("open", "contacted", "done")),
            Map.entry("person_id", PERSON),
            Map.entry("model", Pattern.compile("[A-Za-z0-9_]{1,30}")),
            Map.entry("domain", Pattern.compile("[a-z_]{1,30}")),
            Map.entry("error", Set.of("1")),
            Map.entry("_csrf", Pattern.compile("[A-Za-z0-9_-]{20,64}")));

    private Params() {
    }

    /** Rejects any query parameter not in {@code allowed} or not matching its rule. */
    public static void check(Context ctx, Set<String> allowed) {
        for (Map.Entry<String, java.util.List<String>> e : ctx.queryParamMap().entrySet()) {
            String name = e.getKey();
            if (!allowed.contains(name) || !RULES.containsKey(name)) {
                throw ApiException.badRequest("Unknown query parameter '" + safe(name) + "' on " + ctx.path()
                        + " (allowed: " + new java.util.TreeSet<>(allowed) + ")");
            }
            if (e.getValue().size() != 1) {
                throw ApiException.badRequest("Query parameter '" + name + "' given " + e.getValue().size() + " times");
            }
            valid(name, e.getValue().get(0));
        }
    }

    /** The query parameter's value after validation, or {@code fallback} when absent. */
    public static String query(Context ctx, String name, String fallback) {
        String v = ctx.queryParam(name);
        return v == null ? fallback : valid(name, v);
    }

    /** A required query parameter. */
    public static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            throw ApiException.badRequest("Missing query parameter '" + name + "' on " + ctx.path());
        }
        return valid(name, v);
    }

    /** A path parameter validated by the rule of {@code rule}. */
    public static String path(Context ctx, String name, String rule) {
        return valid(rule, ctx.pathParam(name));
    }

    /** Validates one value against the rule for {@code name}; returns it. */
    public static String valid(String name, String value) {
        Object rule = RULES.get(name);
        boolean ok = rule instanceof Pattern p ? p.matcher(value).matches()
                : rule instanceof Set<?> s && s.contains(value);
        if (ok && rule == DATE) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw ApiException.badRequest("Invalid value '" + safe(value) + "' for parameter '" + name + "'");
        }
        return value;
    }

    /** A value cut to 60 printable characters for an error message. */
    static String safe(String v) {
        String s = v.replaceAll("[^\\x20-\\x7e]|[<>\"'&]", "?");
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
