package org.derwent.ingest.csv;

import java.time.LocalDate;
import java.util.Locale;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.check.Demographics;
import org.derwent.ingest.fhir.LoincMap;
import org.derwent.ingest.row.Coded;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Rejection;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;
import org.derwent.ingest.row.Subject;
import org.derwent.model.code.CodeSystem;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.extract.ExtractTable;
import org.derwent.model.extract.Setting;

/** Maps one record of an extract table to store rows, or throws {@link Rejection} naming the bad column. */
final class TableMapper {
    private final ExtractTable table;
    private final Checks checks;

    TableMapper(ExtractTable table, Checks checks) {
        this.table = table;
        this.checks = checks;
    }

    void map(CsvRow r, Provenance at, RowSink sink) {
        switch (table) {
            case PATIENTS -> patient(r, at, sink);
            case REGISTRATIONS -> sink.loaded(new Row.Registration(subject(r),
                    Checks.practiceOrUnknown(Checks.required("practice_code", r.get("practice_code"))),
                    checks.date("start_date", r.get("start_date"), true), checks.date("end_date", r.get("end_date"), false),
                    false, at));
            case CONDITIONS -> {
                LocalDate onset = checks.date("onset_date", r.get("onset_date"), true);
                LocalDate resolved = checks.date("resolved_date", r.get("resolved_date"), false);
                if (resolved != null && resolved.isBefore(onset)) {
                    throw new Rejection("resolved_date", resolved.toString(), "resolved before onset " + onset);
                }
                sink.loaded(new Row.Condition(coded(r, at), onset, resolved));
            }
            case OBSERVATIONS -> sink.loaded(observation(r, at));
            case MEDICATIONS -> sink.loaded(new Row.Medication(coded(r, at),
                    checks.date("issue_date", r.get("issue_date"), true), Checks.number("quantity", r.get("quantity")),
                    Checks.integer("duration_days", r.get("duration_days")), bool("repeat", r.get("repeat"))));
            case ENCOUNTERS -> encounter(r, at, sink);
            case DIAGNOSES -> sink.loaded(new Row.Diagnosis(coded(r, at), r.get("encounter_id"),
                    Checks.integer("position", r.get("position"))));
            case PROCEDURES -> sink.loaded(new Row.Procedure(coded(r, at), r.get("encounter_id"),
                    checks.date("date", r.get("date"), true)));
            case REFERRALS -> sink.loaded(new Row.Referral(coded(r, at), checks.date("date", r.get("date"), true),
                    r.get("service")));
        }
    }

    private void patient(CsvRow r, Provenance at, RowSink sink) {
        String sourceKey = checks.sourceKey(Checks.required("patient_id", r.get("patient_id")));
        String nhs = r.get("nhs_number");
        String personId = nhs == null ? sourceKey : checks.personIdOfNhsNumber("nhs_number", nhs);
        LocalDate birth = checks.birthDate("birth_date", r.get("birth_date"));
        LocalDate death = checks.date("death_date", r.get("death_date"), false);
        if (death != null && death.isBefore(birth)) {
            throw new Rejection("death_date", death.toString(), "death before birth");
        }
        String sex = Demographics.sex("sex", r.get("sex"));
        EthnicCategory eth = Demographics.ethnicity(r.get("ethnic_category"));
        String practice = Checks.practiceOrUnknown(r.get("practice_code"));
        LocalDate reg = checks.date("registration_date", r.get("registration_date"), false);
        sink.loaded(new Row.Person(personId, sourceKey, sex, birth.getYear(), birth.getMonthValue(),
                eth == null ? null : eth.name(), eth == null ? "unknown" : eth.group(),
                Checks.lsoaOrUnknown(r.get("lsoa_code")), practice, reg, death,
                new Row.Identity(nhs == null ? null : nhs.replace(" ", ""), r.get("given_name"), r.get("family_name"),
                        birth, r.get("postcode")), at));
        if (reg != null && !Checks.UNKNOWN.equals(practice)) {
            sink.derived(new Row.Registration(Subject.person(personId), practice, reg, null, true, at));
        }
    }

    /**
     * An observation; a LOINC code that the bundled map sends to a fixed SNOMED CT concept is stored as that concept,
     * with the value converted to the map's unit, exactly as for FHIR (a value in a unit the map does not know, and a
     * code mapped by a coded answer such as smoking status, stay LOINC as sent). See docs/ingest.md.
     */
    private Row.Observation observation(CsvRow r, Provenance at) {
        Coded c = coded(r, at);
        LocalDate date = checks.date("date", r.get("date"), true);
        Double value = Checks.number("value", r.get("value"));
        String unit = r.get("unit");
        LoincMap.Entry e = c.system() != CodeSystem.LOINC ? null
                : LoincMap.BUNDLED.get(c.code()).filter(x -> x.target() == LoincMap.Target.CODE).orElse(null);
        if (e != null) {
            java.util.Optional<Double> stored = value == null ? java.util.Optional.empty() : e.convert(value, unit);
            if (value == null || stored.isPresent()) {
                Coded snomed = new Coded(c.recordId(), c.subject(), CodeSystem.SNOMED, e.snomed(), c.sourceOrg(), c.at());
                return new Row.Observation(snomed, date, stored.orElse(null), e.unit());
            }
        }
        return new Row.Observation(c, date, value, unit);
    }

    private void encounter(CsvRow r, Provenance at, RowSink sink) {
        String s = Checks.required("setting", r.get("setting"));
        String setting = Setting.ofId(s).map(Setting::id).orElseThrow(() -> new Rejection("setting", s,
                "unknown care setting (expected one of gp, ae, admitted, outpatient, community, mental_health, social_care)"));
        LocalDate start = checks.date("start_date", r.get("start_date"), true);
        LocalDate end = checks.date("end_date", r.get("end_date"), false);
        if (end != null && end.isBefore(start)) {
            throw new Rejection("end_date", end.toString(), "end before start " + start);
        }
        String provider = r.get("provider_code");
        sink.loaded(new Row.Encounter(Checks.required("id", r.get("id")), subject(r), setting, provider, provider, start,
                end, r.get("admission_method"), r.get("clinician_type"), r.get("service_type"),
                r.get("clinician_id"), at));
    }

    private Subject subject(CsvRow r) {
        return Subject.source(checks.sourceKey(Checks.required("patient_id", r.get("patient_id"))));
    }

    private Coded coded(CsvRow r, Provenance at) {
        String id = Checks.required("id", r.get("id"));
        Subject subject = subject(r);
        String sys = Checks.required("code_system", r.get("code_system"));
        CodeSystem system = CodeSystem.byId(sys).or(() -> CodeSystem.byUri(sys))
                .filter(cs -> cs != CodeSystem.ETHNIC_CATEGORY)
                .orElseThrow(() -> new Rejection("code_system", sys, "unknown code system"));
        return new Coded(id, subject, system, Checks.required("code", r.get("code")), r.get("source_org"), at);
    }

    private static Boolean bool(String field, String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "t", "1", "y", "yes" -> true;
            case "false", "f", "0", "n", "no" -> false;
            default -> throw new Rejection(field, text, "not a boolean (expected true or false)");
        };
    }
}
