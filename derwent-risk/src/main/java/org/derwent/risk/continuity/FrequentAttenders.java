package org.derwent.risk.continuity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Frequent attenders with low continuity: A&E attendances >= {@code aeMin} or same-day GP contacts >=
 * {@code sameDayMin} in 12 months, and GP continuity COC below {@code cocLow} or not measurable (fewer than two
 * GP contacts). Priority 1 = both attendance criteria, 2 = A&E only, 3 = same-day GP only.
 */
public record FrequentAttenders(int aeMin, int sameDayMin, double cocLow) {
    /** The indicator id of the case list. */
    public static final String INDICATOR = "FREQUENT_ATTENDER_LOW_COC";

    /** A&E >= 4 or same-day GP >= 12 in 12 months; COC below 0.3. */
    public static FrequentAttenders standard() {
        return new FrequentAttenders(4, 12, 0.3);
    }

    /** One case: the patient, their practice, the reason in words and the priority. */
    public record Case(String personId, String practiceCode, String reason, int priority) {
    }

    public List<Case> find(List<PatientContinuity> patients) {
        List<Case> out = new ArrayList<>();
        for (PatientContinuity p : patients) {
            boolean ae = p.aeAttendances() >= aeMin;
            boolean sameDay = p.sameDayGp() >= sameDayMin;
            boolean low = !p.measurable() || p.coc() < cocLow;
            if ((ae || sameDay) && low) {
                out.add(new Case(p.personId(), p.practiceCode(), reason(p, ae, sameDay), ae && sameDay ? 1 : ae ? 2 : 3));
            }
        }
        return out;
    }

    private String reason(PatientContinuity p, boolean ae, boolean sameDay) {
        List<String> parts = new ArrayList<>();
        if (ae) {
            parts.add(p.aeAttendances() + " A&E attendances");
        }
        if (sameDay) {
            parts.add(p.sameDayGp() + " same-day GP contacts");
        }
        String attendance = String.join(" and ", parts) + " in 12 months";
        String continuity = p.measurable()
                ? String.format(Locale.ROOT, "low GP continuity: COC %.2f, UPC %.2f over %d GP contacts (below %.2f)",
                        p.coc(), p.upc(), p.gpContacts(), cocLow)
                : "GP continuity not measurable: " + p.gpContacts() + " GP contact" + (p.gpContacts() == 1 ? "" : "s");
        return attendance + "; " + continuity + "; provider = " + ProviderKey.describe(p.identifiedContacts(), p.gpContacts());
    }
}
