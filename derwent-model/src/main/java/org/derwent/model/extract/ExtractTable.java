package org.derwent.model.extract;

import java.util.List;

/**
 * The CSV flat-extract layout: one file per table, UTF-8, header row, comma separated, RFC 4180 quoting,
 * dates {@code YYYY-MM-DD}, empty field = no value. Written by the generator, read by the loader; the
 * contract is documented in docs/csv-extract.md. Columns are listed in file order; an optional column (added
 * after the first release of the layout, always last) may be absent from a file's header.
 */
public enum ExtractTable {
    PATIENTS("patients.csv", List.of("patient_id", "nhs_number", "given_name", "family_name", "birth_date", "sex",
            "ethnic_category", "postcode", "lsoa_code", "practice_code", "registration_date", "death_date")),
    REGISTRATIONS("registrations.csv", List.of("patient_id", "practice_code", "start_date", "end_date")),
    CONDITIONS("conditions.csv", List.of("id", "patient_id", "code_system", "code", "onset_date", "resolved_date",
            "source_org")),
    OBSERVATIONS("observations.csv", List.of("id", "patient_id", "code_system", "code", "date", "value", "unit",
            "source_org")),
    MEDICATIONS("medications.csv", List.of("id", "patient_id", "code_system", "code", "issue_date", "quantity",
            "duration_days", "repeat", "source_org")),
    ENCOUNTERS("encounters.csv", List.of("id", "patient_id", "setting", "provider_code", "start_date", "end_date",
            "admission_method", "clinician_type", "service_type", "clinician_id"), List.of("clinician_id")),
    DIAGNOSES("diagnoses.csv", List.of("id", "encounter_id", "patient_id", "position", "code_system", "code")),
    PROCEDURES("procedures.csv", List.of("id", "patient_id", "encounter_id", "code_system", "code", "date",
            "source_org")),
    REFERRALS("referrals.csv", List.of("id", "patient_id", "code_system", "code", "date", "service", "source_org"));

    private final String fileName;
    private final List<String> columns;
    private final List<String> optional;

    ExtractTable(String fileName, List<String> columns) {
        this(fileName, columns, List.of());
    }

    ExtractTable(String fileName, List<String> columns, List<String> optional) {
        this.fileName = fileName;
        this.columns = columns;
        this.optional = optional;
    }

    public String fileName() {
        return fileName;
    }

    /** Every column, in the order the generator writes them. */
    public List<String> columns() {
        return columns;
    }

    /** The columns a file's header must have (all but the optional ones). */
    public List<String> requiredColumns() {
        return columns.stream().filter(c -> !optional.contains(c)).toList();
    }

    /** The columns a file may leave out; a reader treats an absent optional column as empty in every row. */
    public List<String> optionalColumns() {
        return optional;
    }

    /** The table a file name belongs to, if it is one of the extract's files. */
    public static java.util.Optional<ExtractTable> ofFileName(String name) {
        for (ExtractTable t : values()) {
            if (t.fileName.equalsIgnoreCase(name)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
