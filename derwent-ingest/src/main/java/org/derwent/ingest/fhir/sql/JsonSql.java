package org.derwent.ingest.fhir.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derwent.ingest.lines.RowSql;
import org.derwent.model.code.CodeSystem;

/**
 * The SQL of one resource type over the relation {@code x(line, j, j_sid, m_<member>...)}: {@code j} is the line
 * read by DuckDB's JSON reader into the type's structure, whose leaves are {@code VARCHAR} (the text Jackson's
 * {@code asText} gives for a string, number or boolean; an object or array comes as its JSON text, which no pattern
 * here accepts) or {@code JSON} (a value whose JSON type matters, such as a number the mapper rejects as text);
 * {@code j_sid} is the subject's source id ({@link #sourceId});
 * {@code m_<member>} says a list member that was read as NULL appears on the line (see
 * {@link ResourceSql#lists()}). The lines have no JSON null (see {@code PlainNdjsonReader}), so a NULL leaf is an
 * absent one. Collects the staging columns as expressions and the predicate of a row the SQL may stage itself: every
 * rule is the Java mapper's, and the predicate is stricter than the mapper, so a row it accepts the mapper would load
 * with the same values.
 */
final class JsonSql extends RowSql {
    /** A FHIR id (the R4 id pattern). */
    private static final String ID = "[A-Za-z0-9\\-.]{1,64}";
    private static final String CODE = "[A-Za-z0-9\\-.]{1,64}";
    private static final String NUMBER = "-?[0-9]{1,15}(\\.[0-9]{1,15})?";
    private final String extractDate;

    JsonSql(LocalDate extractDate) {
        this.extractDate = extractDate.toString();
    }

    /** The text of a {@code JSON} leaf that is a string, else NULL. */
    static String str(String raw) {
        return "CASE WHEN starts_with(" + raw + ", '\"') THEN " + raw + "[2:-2] END";
    }

    /** Whether a list member read as NULL appears on the line (see {@link ResourceSql#lists()}). */
    static String present(String member) {
        return "m_" + member;
    }

    void require(String predicate) {
        valid.add(predicate);
    }

    /** A {@code JSON} leaf that is absent or a string (the mapper reads it with {@code asText}). */
    void stringOrAbsent(String raw) {
        valid.add("(" + raw + " IS NULL OR starts_with(" + raw + ", '\"'))");
    }

    /**
     * True unless a text leaf could be a JSON number whose text DuckDB and Jackson write differently: a decimal
     * ({@code 10000000.0} is Jackson's {@code 1.0E7}, {@code 0.0001} its {@code 1.0E-4}) or one with a negative
     * exponent ({@code 1e-05}); such a value goes to the Java mapper. (A positive exponent is written with a plus,
     * which no pattern here accepts; a negative number cannot occur in a compact file.)
     */
    static String notDecimal(String v) {
        return "(NOT (contains(" + v + ", '.') OR contains(" + v + ", 'e-')) OR NOT regexp_full_match(" + v
                + ", '[0-9]+(\\.[0-9]+)?(e-[0-9]+)?'))";
    }

    /** The record id: {@code id}, a string in the FHIR id pattern. */
    void id() {
        valid.add("regexp_full_match(j.id, '" + ID + "')");
        valid.add(notDecimal("j.id"));
        put("record_id", "j.id");
    }

    /**
     * A date leaf read as {@code Checks.date} reads it: YYYY-MM-DD, or a dateTime whose first ten characters are one
     * (the time is ignored), not after the extract date; required here, as a missing one is the mapper's to report.
     */
    String date(String v) {
        valid.add(dateOk(v));
        return "try_cast(left(" + v + ", 10) AS DATE)";
    }

    /** As {@link #date}, for a date that may be absent. */
    String optionalDate(String v) {
        valid.add("(" + v + " IS NULL OR " + dateOk(v) + ")");
        return "try_cast(left(" + v + ", 10) AS DATE)";
    }

    private String dateOk(String v) {
        String d = "left(" + v + ", 10)";
        return "((length(" + v + ") = 10 OR (length(" + v + ") > 10 AND substr(" + v + ", 11, 1) = 'T')) AND CAST(try_cast("
                + d + " AS DATE) AS VARCHAR) = " + d + " AND try_cast(" + d + " AS DATE) <= DATE '" + extractDate + "')";
    }

    /** A number leaf: absent, or a plain decimal; as DOUBLE. */
    String number(String raw) {
        valid.add("(" + raw + " IS NULL OR regexp_full_match(" + raw + ", '" + NUMBER + "'))");
        return "CAST(" + raw + " AS DOUBLE)";
    }

    /**
     * The coding {@code Fhir.code} chooses from a CodeableConcept's {@code coding} list (leaves {@code system} and
     * {@code code}): the first in an English NHS system, else the first in another system Derwent stores. Every coding
     * in a known system must have a code in a plain pattern (the mapper rejects a blank one). A list of one coding,
     * the usual case, skips the list functions. Puts {@code code_system} and {@code code}; returns the chosen coding
     * (a struct {@code s}, {@code c}).
     */
    String code(String coding) {
        String known = "list_filter(list_transform(" + coding + ", cd -> {'s': " + systemId("cd.system")
                + ", 'c': cd.code}), kc -> kc.s IS NOT NULL)";
        StringBuilder nhs = new StringBuilder();
        for (CodeSystem s : CodeSystem.values()) {
            if (s.isNhs() && s != CodeSystem.ETHNIC_CATEGORY) {
                nhs.append(nhs.length() == 0 ? "" : ", ").append('\'').append(s.id()).append('\'');
            }
        }
        String one = "len(" + coding + ") = 1";
        String first = systemId(coding + "[1].system");
        valid.add("CASE WHEN " + one + " THEN " + first + " IS NOT NULL AND regexp_full_match(" + coding + "[1].code, '"
                + CODE + "') ELSE len(" + known + ") > 0 AND len(list_filter(" + known + ", kc -> NOT regexp_full_match("
                + "COALESCE(kc.c, ''), '" + CODE + "'))) = 0 END");
        String chosen = "CASE WHEN " + one + " THEN {'s': " + first + ", 'c': " + coding + "[1].code} ELSE "
                + "COALESCE(list_filter(" + known + ", kc -> kc.s IN (" + nhs + "))[1], " + known + "[1]) END";
        valid.add(notDecimal(chosen + ".c"));
        put("code_system", chosen + ".s");
        put("code", chosen + ".c");
        return chosen;
    }

    /** The Derwent id of the code system whose URI (or alias) {@code system} is, as {@code Fhir.code} knows them. */
    private static String systemId(String system) {
        StringBuilder sys = new StringBuilder("CASE " + system);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CodeSystem s : CodeSystem.values()) {
            List<String> uris = new ArrayList<>(List.of(s.uri()));
            uris.addAll(s.aliases());
            for (String u : uris) {
                if (seen.add(u) && s != CodeSystem.ETHNIC_CATEGORY) {
                    sys.append(" WHEN '").append(u.replace("'", "''")).append("' THEN '").append(s.id()).append('\'');
                }
            }
        }
        return sys.append(" END").toString();
    }

    /**
     * The subject as {@code Fhir.subject} reads it, in its plain form: a {@code subject.reference} to a patient id
     * ({@code Patient/<id>}, {@code urn:uuid:<id>} or {@code <id>}) with no identifier beside it ({@link #sourceId},
     * computed once per line into {@code j_sid}), joined to its key in {@code src_key}. A subject named by NHS number
     * is left to the mapper. Puts {@code person_id} (NULL: the merge links the source key).
     */
    void subject() {
        valid.add("j_sid IS NOT NULL");
        put("person_id", "NULL");
    }

    /** The source patient id of a plain subject reference, else NULL. */
    static String sourceId() {
        String ref = "j.subject.reference";
        return "CASE WHEN j.subject.identifier IS NULL AND regexp_full_match(" + ref + ", '(Patient/|urn:uuid:)?" + ID
                + "') AND " + notDecimal(ref) + " THEN CASE WHEN starts_with(" + ref + ", 'Patient/') THEN " + ref + "[9:] WHEN starts_with(" + ref
                + ", 'urn:uuid:') THEN " + ref + "[10:] ELSE " + ref + " END END";
    }

    /**
     * The reporting organisation as {@code SourceOrg.of} finds it: the first of recorder, asserter, requester and
     * performer that is an Organization reference. {@code shapes} gives the members this type reads (a member absent
     * from it must be absent from the line) with the path of its reference struct (leaves {@code reference},
     * {@code type}, {@code identifier}, {@code actor}); the reference must be plain: no type or identifier, and an
     * Organization one is {@code Organization/<id>}. Puts {@code source_org}.
     */
    void sourceOrg(Map<String, String> shapes) {
        List<String> orgs = new ArrayList<>();
        for (String member : List.of("recorder", "asserter", "requester", "performer")) {
            String ref = shapes.get(member);
            if (ref == null) {
                valid.add("j." + member + " IS NULL");
                continue;
            }
            boolean list = ref.endsWith("[1]");
            String r = ref + ".reference";
            String plain = "(" + r + " IS NOT NULL AND " + ref + ".type IS NULL AND " + ref + ".identifier IS NULL AND "
                    + ref + ".actor IS NULL AND (NOT starts_with(" + r + ", 'Organization') OR regexp_full_match(" + r
                    + ", 'Organization/" + ID + "')))";
            String whole = ref.substring(0, ref.length() - (list ? 3 : 0));
            valid.add(list ? "CASE WHEN " + whole + " IS NULL THEN NOT " + present(member) + " WHEN len(" + whole
                    + ") = 0 THEN TRUE ELSE " + plain + " END" : "(" + whole + " IS NULL OR " + plain + ")");
            orgs.add("CASE WHEN starts_with(" + r + ", 'Organization/') THEN " + r + "[14:] END");
        }
        put("source_org", orgs.isEmpty() ? "NULL" : "COALESCE(" + String.join(", ", orgs) + ")");
    }

}
