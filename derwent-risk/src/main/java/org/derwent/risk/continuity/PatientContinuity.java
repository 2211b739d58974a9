package org.derwent.risk.continuity;

/**
 * One patient's contacts in the 12 months to the reference date and their GP continuity (UPC and COC are NaN
 * with fewer than 2 GP contacts); {@code identifiedContacts} of the GP contacts carry a clinician id
 * ({@link ProviderKey}).
 */
public record PatientContinuity(String personId, String practiceCode, int gpContacts, int sameDayGp,
        int aeAttendances, double upc, double coc, int identifiedContacts) {
    /** Whether continuity is measurable (at least 2 GP contacts). */
    public boolean measurable() {
        return gpContacts >= 2;
    }
}
