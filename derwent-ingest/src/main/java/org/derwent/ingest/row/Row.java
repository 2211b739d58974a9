package org.derwent.ingest.row;

import java.time.LocalDate;

/** A validated record for one store table. Each input record yields one counted row plus any derived rows. */
public sealed interface Row {

    /** Where the row came from. */
    Provenance at();

    /** Identifiable fields, kept only in the {@code identity} table. */
    record Identity(String nhsNumber, String givenName, String familyName, LocalDate birthDate, String postcode) {
    }

    /** A person; {@code sourceKey} links the source's patient id to the person. */
    record Person(String personId, String sourceKey, String sex, Integer birthYear, Integer birthMonth,
                  String ethnicCategory, String ethnicGroup, String lsoaCode, String practiceCode,
                  LocalDate registrationDate, LocalDate deathDate, Identity identity, Provenance at) implements Row {
    }

    /** A registration at a practice; {@code derived} when it comes from a patient record, not its own line. */
    record Registration(Subject subject, String practiceCode, LocalDate start, LocalDate end, boolean derived,
                        Provenance at) implements Row {
    }

    record Condition(Coded c, LocalDate onset, LocalDate resolved) implements Row {
        public Provenance at() {
            return c.at();
        }
    }

    record Observation(Coded c, LocalDate date, Double value, String unit) implements Row {
        public Provenance at() {
            return c.at();
        }
    }

    record Medication(Coded c, LocalDate issueDate, Double quantity, Integer durationDays, Boolean repeat)
            implements Row {
        public Provenance at() {
            return c.at();
        }
    }

    record Encounter(String recordId, Subject subject, String setting, String providerCode, String sourceOrg,
                     LocalDate start, LocalDate end, String admissionMethod, String clinicianType,
                     String serviceType, String clinicianId, Provenance at) implements Row {
    }

    record Diagnosis(Coded c, String encounterId, Integer position) implements Row {
        public Provenance at() {
            return c.at();
        }
    }

    record Procedure(Coded c, String encounterId, LocalDate date) implements Row {
        public Provenance at() {
            return c.at();
        }
    }

    record Referral(Coded c, LocalDate date, String service) implements Row {
        public Provenance at() {
            return c.at();
        }
    }

    /** Rank of a diagnosis within an encounter (FHIR {@code Encounter.diagnosis}); derived, not counted. */
    record DiagnosisRank(String conditionId, String encounterId, int rank, Provenance at) implements Row {
    }
}
