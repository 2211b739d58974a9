package org.derwent.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.check.Demographics;
import org.derwent.ingest.row.Provenance;
import org.derwent.ingest.row.Rejection;
import org.derwent.ingest.row.Row;
import org.derwent.ingest.row.RowSink;
import org.derwent.ingest.row.Subject;
import org.derwent.model.code.CodeSystem;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.extract.FhirIds;

/** Patient: NHS number, demographics, LSOA, registered practice and registration period (docs/fhir-profile.md). */
final class PatientMapper implements ResourceMapper {

    @Override
    public void map(JsonNode r, String id, Provenance at, Checks checks, RowSink sink) {
        String nhs = null;
        for (JsonNode ident : r.path("identifier")) {
            if (FhirIds.NHS_NUMBER.equals(ident.path("system").asText())) {
                nhs = ident.path("value").asText("");
            }
        }
        String sourceKey = checks.sourceKey(id);
        String personId = nhs == null ? sourceKey : checks.personIdOfNhsNumber("identifier[nhs-number]", nhs);
        LocalDate birth = checks.birthDate("birthDate", Fhir.text(r, "birthDate", "birthDate"));
        LocalDate death = checks.date("deceasedDateTime", Fhir.text(r, "deceasedDateTime", "deceasedDateTime"), false);
        if (death != null && death.isBefore(birth)) {
            throw new Rejection("deceasedDateTime", death.toString(), "death before birth");
        }
        String sex = Demographics.sex("gender", Fhir.text(r, "gender", "gender"));
        JsonNode eth = Fhir.extension(r, FhirIds.EXT_ETHNIC_CATEGORY);
        String ethCode = null;
        if (eth != null) {
            ethCode = Fhir.codeIn(eth.get("valueCodeableConcept"), CodeSystem.ETHNIC_CATEGORY.uri());
            for (String alias : CodeSystem.ETHNIC_CATEGORY.aliases()) {
                ethCode = ethCode != null ? ethCode : Fhir.codeIn(eth.get("valueCodeableConcept"), alias);
            }
        }
        EthnicCategory ethnic = Demographics.ethnicity(ethCode);
        JsonNode address = r.path("address").path(0);
        JsonNode lsoaExt = address.isObject() ? Fhir.extension(address, FhirIds.EXT_LSOA) : null;
        String lsoa = Checks.lsoaOrUnknown(lsoaExt == null ? null : lsoaExt.path("valueCoding").path("code").asText(null));
        String postcode = address.path("postalCode").asText(null);
        String practice = Checks.practiceOrUnknown(Fhir.organisation(r.path("generalPractitioner").path(0)));
        JsonNode period = Fhir.extension(r, FhirIds.EXT_REGISTRATION_PERIOD);
        LocalDate regStart = null;
        LocalDate regEnd = null;
        if (period != null) {
            JsonNode p = period.path("valuePeriod");
            regStart = checks.date("registration-period.start", p.path("start").asText(null), false);
            regEnd = checks.date("registration-period.end", p.path("end").asText(null), false);
        }
        JsonNode name = r.path("name").path(0);
        Row.Identity identity = new Row.Identity(nhs == null ? null : nhs.replace(" ", ""),
                name.path("given").path(0).asText(null), name.path("family").asText(null), birth, postcode);
        sink.loaded(new Row.Person(personId, sourceKey, sex, birth.getYear(), birth.getMonthValue(),
                ethnic == null ? null : ethnic.name(), ethnic == null ? "unknown" : ethnic.group(), lsoa, practice,
                regStart, death, identity, at));
        if (regStart != null && !Checks.UNKNOWN.equals(practice)) {
            sink.derived(new Row.Registration(Subject.person(personId), practice, regStart, regEnd, true, at));
        }
    }
}
