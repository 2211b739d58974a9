package org.derwent.model.code;

import java.util.List;
import java.util.Optional;

/**
 * The clinical code systems Derwent stores. {@link #id()} is the short name kept in the store's
 * {@code code_system} column and in CSV extracts; {@link #uri()} is the FHIR system URI written by the
 * generator; {@link #aliases()} are other URIs the loader accepts for the same system.
 * LOINC and RxNorm (US systems, e.g. Synthea's observations and medicines) are stored with their own id; no
 * indicator codelist is in them, so they count in measures only where the loader maps them to SNOMED CT
 * (docs/ingest.md, "LOINC and RxNorm"). {@link #isNhs()} tells the systems of English NHS records apart.
 */
public enum CodeSystem {
    SNOMED("snomed", "http://snomed.info/sct", List.of()),
    DMD("dmd", "https://dmd.nhs.uk", List.of("http://snomed.info/sct/999000011000001104")),
    ICD10("icd10", "http://hl7.org/fhir/sid/icd-10", List.of("http://hl7.org/fhir/sid/icd-10-uk", "http://hl7.org/fhir/sid/icd-10-cm")),
    OPCS4("opcs4", "https://fhir.hl7.org.uk/CodeSystem/OPCS-4", List.of("http://www.datadictionary.nhs.uk/opcs-4")),
    LOINC("loinc", "http://loinc.org", List.of()),
    RXNORM("rxnorm", "http://www.nlm.nih.gov/research/umls/rxnorm", List.of()),
    ETHNIC_CATEGORY("ethnic-category", "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategory",
            List.of("https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland"));

    private final String id;
    private final String uri;
    private final List<String> aliases;

    CodeSystem(String id, String uri, List<String> aliases) {
        this.id = id;
        this.uri = uri;
        this.aliases = aliases;
    }

    public String id() {
        return id;
    }

    public String uri() {
        return uri;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** True for the systems of English NHS records (SNOMED CT, dm+d, ICD-10, OPCS-4, ethnic category). */
    public boolean isNhs() {
        return this != LOINC && this != RXNORM;
    }

    /** The system with this short id ({@code snomed}, {@code dmd}, ...). */
    public static Optional<CodeSystem> byId(String id) {
        for (CodeSystem s : values()) {
            if (s.id.equalsIgnoreCase(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The system a FHIR system URI names, or empty when Derwent does not know it. */
    public static Optional<CodeSystem> byUri(String uri) {
        for (CodeSystem s : values()) {
            if (s.uri.equals(uri) || s.aliases.contains(uri)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
