package org.derwent.ingest.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.fhir.LoincMap;
import org.derwent.ingest.lines.RowSql;
import org.derwent.model.code.CodeSystem;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.extract.ExtractTable;
import org.derwent.model.extract.Setting;

/**
 * The SQL that stages one clinical extract table from its split lines ({@code line}, {@code n} fields {@code c1} ... {@code cN}):
 * ({@code txt} = the whole line) the staging columns as expressions and the predicate of a row the SQL may load itself. The predicate is
 * stricter than the Java mapper ({@link TableMapper}): a row it accepts, the mapper would load with the same
 * values; every other row is handed to the mapper, which loads it or quarantines it with the exact reason.
 */
public final class LineSql extends RowSql {
    private final Map<String, Integer> index;
    private final int width;
    private final String extractDate;

    private LineSql(Map<String, Integer> index, int width, LocalDate extractDate) {
        this.index = index;
        this.width = width;
        this.extractDate = extractDate.toString();
    }

    /** The staging table rows of {@code table} go to. */
    static String stagingTable(ExtractTable table) {
        return switch (table) {
            case REGISTRATIONS -> "stg_registration";
            case CONDITIONS -> "stg_condition";
            case OBSERVATIONS -> "stg_observation";
            case MEDICATIONS -> "stg_medication";
            case ENCOUNTERS -> "stg_encounter";
            case DIAGNOSES -> "stg_diagnosis";
            case PROCEDURES -> "stg_procedure";
            case REFERRALS -> "stg_referral";
            case PATIENTS -> "stg_person";
        };
    }

    static LineSql of(ExtractTable table, Map<String, Integer> index, int width, LocalDate extractDate) {
        LineSql s = new LineSql(index, width, extractDate);
        s.valid.add("n = " + width);
        // the Java mapper trims every field: a space at a field's edge goes to it
        // (a line without any space, the usual case, skips the four tests)
        s.valid.add("(NOT contains(txt, ' ') OR NOT (starts_with(txt, ' ') OR ends_with(txt, ' ') OR contains(txt, ' ,') "
                + "OR contains(txt, ', ')))");
        switch (table) {
            case REGISTRATIONS -> {
                s.required("patient_id");
                s.required("practice_code");
                s.put("person_id", "NULL");
                s.put("practice_code", s.orUnknown("practice_code", Checks.PRACTICE_PATTERN));
                s.put("start_date", s.date("start_date", true));
                s.put("end_date", s.date("end_date", false));
                s.put("derived", "FALSE");
            }
            case CONDITIONS -> {
                s.coded();
                s.put("onset_date", s.date("onset_date", true));
                s.put("resolved_date", s.date("resolved_date", false));
                s.valid.add("(" + s.columns.get("resolved_date") + " IS NULL OR " + s.columns.get("resolved_date")
                        + " >= " + s.columns.get("onset_date") + ")");
            }
            case OBSERVATIONS -> {
                s.coded();
                // a LOINC code the map sends to SNOMED CT is converted by the Java mapper (TableMapper.observation)
                String mapped = LoincMap.BUNDLED.entries().values().stream().filter(e -> e.target() == LoincMap.Target.CODE)
                        .map(e -> "'" + e.loinc() + "'").collect(Collectors.joining(", "));
                s.valid.add("(" + s.columns.get("code_system") + " <> 'loinc' OR " + s.f("code") + " NOT IN (" + mapped + "))");
                s.put("obs_date", s.date("date", true));
                s.put("value", s.number("value", "-?[0-9]{1,15}(\\.[0-9]{1,15})?", "DOUBLE"));
                s.put("unit", s.opt("unit"));
            }
            case MEDICATIONS -> {
                s.coded();
                s.put("issue_date", s.date("issue_date", true));
                s.put("quantity", s.number("quantity", "-?[0-9]{1,15}(\\.[0-9]{1,15})?", "DOUBLE"));
                s.put("duration_days", s.number("duration_days", "-?[0-9]{1,9}", "INTEGER"));
                String v = s.f("repeat");
                s.valid.add("(" + v + " = '' OR lower(" + v + ") IN ('true', 't', '1', 'y', 'yes', 'false', 'f', '0', 'n', 'no'))");
                s.put("is_repeat", "CASE WHEN " + v + " = '' THEN NULL ELSE lower(" + v + ") IN ('true', 't', '1', 'y', 'yes') END");
            }
            case ENCOUNTERS -> s.encounter();
            case DIAGNOSES -> {
                s.coded();
                s.put("encounter_id", s.opt("encounter_id"));
                s.put("position", s.number("position", "-?[0-9]{1,9}", "INTEGER"));
            }
            case PROCEDURES -> {
                s.coded();
                s.put("encounter_id", s.opt("encounter_id"));
                s.put("proc_date", s.date("date", true));
            }
            case REFERRALS -> {
                s.coded();
                s.put("ref_date", s.date("date", true));
                s.put("service", s.opt("service"));
            }
            case PATIENTS -> s.patient();
        }
        return s;
    }

    /** The field of a column: {@code c<i>} (1-based, see {@code FileLines.fields}); empty for a column the table does not have. */
    String f(String column) {
        Integer i = index.get(column);
        return i == null ? "''" : "c" + (i + 1);
    }

    private void required(String column) {
        valid.add(f(column) + " <> ''");
    }

    private String opt(String column) {
        return "nullif(" + f(column) + ", '')";
    }

    private String date(String column, boolean required) {
        String v = f(column);
        String ok = "(length(" + v + ") = 10 AND CAST(try_cast(" + v + " AS DATE) AS VARCHAR) = " + v
                + " AND try_cast(" + v + " AS DATE) <= DATE '" + extractDate + "')";
        valid.add(required ? ok : "(" + v + " = '' OR " + ok + ")");
        return "try_cast(nullif(" + v + ", '') AS DATE)";
    }

    private String number(String column, String pattern, String type) {
        String v = f(column);
        valid.add("(" + v + " = '' OR regexp_full_match(" + v + ", '" + pattern + "'))");
        return "try_cast(nullif(" + v + ", '') AS " + type + ")";
    }

    private void coded() {
        required("id");
        required("patient_id");
        String sys = f("code_system");
        StringBuilder cs = new StringBuilder("CASE " + sys);
        for (CodeSystem c : CodeSystem.values()) {
            if (c == CodeSystem.ETHNIC_CATEGORY) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(c.id(), c.uri()));
            names.addAll(c.aliases());
            for (String n : names) {
                cs.append(" WHEN '").append(n.replace("'", "''")).append("' THEN '").append(c.id()).append('\'');
            }
        }
        cs.append(" END");
        valid.add(cs + " IS NOT NULL");
        required("code");
        put("record_id", f("id"));
        put("person_id", "NULL");
        put("code_system", cs.toString());
        put("code", f("code"));
        put("source_org", opt("source_org"));
    }

    /**
     * A patient: the person id is the NHS number's pseudonym ({@code nhs_key}, valid NHS numbers only) or, without
     * an NHS number, the source key ({@code src_key}); both are joined by {@link PlainCsvReader}. A birth date must be
     * a whole YYYY-MM-DD here (the Java mapper also takes YYYY-MM).
     */
    private void patient() {
        required("patient_id");
        String nhs = f("nhs_number");
        valid.add("(" + nhs + " = '' OR nhs_key.nhs IS NOT NULL)");
        put("person_id", "CASE WHEN " + nhs + " = '' THEN src_key.k ELSE nhs_key.person_id END");
        String sex = f("sex");
        // ASCII only: Java and DuckDB change the case of some other letters differently (e.g. U+0130, U+017F)
        valid.add("regexp_full_match(" + sex + ", '[ -~]*')");
        valid.add("lower(" + sex + ") IN ('', 'f', 'female', 'm', 'male', 'u', 'unknown', 'other', 'i', 'indeterminate')");
        put("sex", "CASE WHEN lower(" + sex + ") IN ('f', 'female') THEN 'F' WHEN lower(" + sex
                + ") IN ('m', 'male') THEN 'M' ELSE 'U' END");
        String birth = date("birth_date", true);
        put("birth_year", "year(" + birth + ")");
        put("birth_month", "month(" + birth + ")");
        String eth = f("ethnic_category");
        valid.add("regexp_full_match(" + eth + ", '[ -~]*')");
        StringBuilder category = new StringBuilder("CASE");
        StringBuilder group = new StringBuilder("CASE");
        for (EthnicCategory e : EthnicCategory.values()) {
            String codes = "'" + e.name() + "', '" + e.name().toLowerCase(java.util.Locale.ROOT) + "'";
            category.append(" WHEN ").append(eth).append(" IN (").append(codes).append(") THEN '").append(e.name()).append('\'');
            group.append(" WHEN ").append(eth).append(" IN (").append(codes).append(") THEN '").append(e.group()).append('\'');
        }
        put("ethnic_category", category.append(" END"));
        put("ethnic_group", group.append(" ELSE 'unknown' END"));
        put("lsoa_code", orUnknown("lsoa_code", Checks.LSOA_PATTERN));
        put("practice_code", orUnknown("practice_code", Checks.PRACTICE_PATTERN));
        put("registration_date", date("registration_date", false));
        String death = date("death_date", false);
        valid.add("(" + death + " IS NULL OR " + death + " >= " + birth + ")");
        put("death_date", death);
        put("nhs_number", opt("nhs_number"));
        put("given_name", opt("given_name"));
        put("family_name", opt("family_name"));
        put("birth_date", birth);
        put("postcode", opt("postcode"));
        put("source_key", "src_key.k");
    }

    private void put(String column, StringBuilder expression) {
        put(column, expression.toString());
    }

    /** The field when it matches {@code pattern} (a Java and RE2 regular expression), else {@code UNKNOWN}. */
    private String orUnknown(String column, String pattern) {
        return "CASE WHEN regexp_full_match(" + f(column) + ", '" + pattern + "') THEN " + f(column) + " ELSE '"
                + Checks.UNKNOWN + "' END";
    }

    private void encounter() {
        String settings = Arrays.stream(Setting.values()).map(x -> "'" + x.id() + "'").collect(Collectors.joining(", "));
        valid.add(f("setting") + " IN (" + settings + ")");
        required("id");
        required("patient_id");
        put("record_id", f("id"));
        put("person_id", "NULL");
        put("setting", f("setting"));
        put("provider_code", opt("provider_code"));
        put("source_org", opt("provider_code"));
        String start = date("start_date", true);
        String end = date("end_date", false);
        valid.add("(" + end + " IS NULL OR " + end + " >= " + start + ")");
        put("start_date", start);
        put("end_date", end);
        put("admission_method", opt("admission_method"));
        put("clinician_type", opt("clinician_type"));
        put("service_type", opt("service_type"));
        put("clinician_id", opt("clinician_id"));
        put("los_days", "CASE WHEN " + f("setting") + " = 'admitted' AND " + end + " IS NOT NULL THEN date_diff('day', "
                + start + ", " + end + ") END");
    }
}
