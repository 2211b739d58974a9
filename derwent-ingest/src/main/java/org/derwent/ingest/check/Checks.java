package org.derwent.ingest.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.ingest.row.Rejection;
import org.derwent.model.code.NhsNumber;

/**
 * Checks one field at a time and throws {@link Rejection} naming the field, value and reason. Dates after the
 * extract date are impossible. Holds the pseudonymiser and a bounded cache of source keys; one per reader thread.
 */
public final class Checks {
    /** An English LSOA 2011 code (the SQL CSV path uses the same pattern). */
    public static final String LSOA_PATTERN = "E01[0-9]{6}";
    /** An ODS GP practice code (the SQL CSV path uses the same pattern). */
    public static final String PRACTICE_PATTERN = "[A-Z][0-9]{5}";
    private static final Pattern ENGLISH_LSOA = Pattern.compile(LSOA_PATTERN);
    private static final Pattern ODS_PRACTICE = Pattern.compile(PRACTICE_PATTERN);
    /** Practice or LSOA code used for people with no English practice or LSOA. */
    public static final String UNKNOWN = "UNKNOWN";

    private final LocalDate extractDate;
    private final Pseudonymiser pseudonymiser;
    private final Map<String, String> sourceKeys = new HashMap<>();

    public Checks(LocalDate extractDate, Pseudonymiser pseudonymiser) {
        this.extractDate = extractDate;
        this.pseudonymiser = pseudonymiser;
    }

    public LocalDate extractDate() {
        return extractDate;
    }

    /** A required value: rejects null or blank. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new Rejection(field, "", "missing required field");
        }
        return value;
    }

    /** A date (FHIR date or dateTime, or CSV YYYY-MM-DD; the time part is ignored), not after the extract date. */
    public LocalDate date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new Rejection(field, "", "missing required date");
            }
            return null;
        }
        LocalDate d = parseDate(field, text);
        if (d.isAfter(extractDate)) {
            throw new Rejection(field, text, "date in the future (after extract date " + extractDate + ")");
        }
        return d;
    }

    private static LocalDate parseDate(String field, String text) {
        try {
            if (text.length() >= 10 && (text.length() == 10 || text.charAt(10) == 'T')) {
                LocalDate d = IsoDate.valid(text);
                return d != null ? d : LocalDate.parse(text.substring(0, 10));
            }
        } catch (DateTimeParseException e) {
            throw new Rejection(field, text, "not a valid date (expected YYYY-MM-DD)");
        }
        throw new Rejection(field, text, "not a valid date (expected YYYY-MM-DD)");
    }

    /** A birth date: YYYY-MM-DD, or YYYY-MM (day unknown, first of month used); not in the future. */
    public LocalDate birthDate(String field, String text) {
        String t = required(field, text);
        if (t.length() == 7) {
            return date(field, t + "-01", true);
        }
        return date(field, t, true);
    }

    /** A number, or null when absent; rejects text that is not a number. */
    public static Double number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new Rejection(field, text, "not a number");
        }
    }

    /** A whole number, or null when absent. */
    public static Integer integer(String field, String text) {
        Double d = number(field, text);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d)) {
            throw new Rejection(field, text, "not a whole number");
        }
        return d.intValue();
    }

    /** The person id of an NHS number; rejects numbers failing the Modulus 11 check (value masked). */
    public String personIdOfNhsNumber(String field, String nhs) {
        if (!NhsNumber.isValid(nhs)) {
            throw new Rejection(field, Mask.nhsNumber(nhs), "invalid NHS number (Modulus 11 check failed)");
        }
        return pseudonymiser.personId(nhs);
    }

    /** The pseudonymised key of a source patient id (cached). */
    public String sourceKey(String sourcePatientId) {
        String k = sourceKeys.get(sourcePatientId);
        if (k == null) {
            if (sourceKeys.size() > 500_000) {
                sourceKeys.clear();
            }
            k = pseudonymiser.sourceKey(sourcePatientId);
            sourceKeys.put(sourcePatientId, k);
        }
        return k;
    }

    /** An English LSOA 2011 code, or {@link #UNKNOWN}. */
    public static String lsoaOrUnknown(String code) {
        return code != null && ENGLISH_LSOA.matcher(code.trim()).matches() ? code.trim() : UNKNOWN;
    }

    /** An ODS GP practice code, or {@link #UNKNOWN}. */
    public static String practiceOrUnknown(String code) {
        return code != null && ODS_PRACTICE.matcher(code.trim()).matches() ? code.trim() : UNKNOWN;
    }
}
