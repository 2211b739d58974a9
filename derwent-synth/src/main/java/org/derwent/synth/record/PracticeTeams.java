package org.derwent.synth.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derwent.model.footprint.Practice;

/**
 * The clinicians of every practice, in proportion to the list size, and how often a practice's patients see their
 * usual clinician. Headcount per type: GPs one per 1,700 registered patients (at least 2: partners plus locums),
 * nurses one per 2,600, pharmacists one per 10,000, health-care assistants one per 4,500, paramedics and
 * physiotherapists one per 30,000 (at least one of each; England's general-practice workforce headcounts over
 * about 62 million registered patients). A clinician is {@code <practice ODS code>-<n>}, numbered from 1 by type
 * in the order of {@link #TYPES}, so the id is pseudonymous and stable across runs.
 *
 * <p>Continuity (an assumption shaped on published gradients, not fitted): the log-odds of seeing the usual
 * clinician is {@code 0.2 - 0.5 ln(list / 7,500) - 0.025 (IMD - 22)}: about 55% at a 7,500-patient practice of
 * average deprivation, lower at larger and more deprived practices (larger teams, more locums and same-day
 * demand), higher at small ones.
 */
public final class PracticeTeams {
    /** Clinician types of GP appointments, as written to {@code clinician_type}. */
    static final String[] TYPES = {"gp", "nurse", "pharmacist", "hca", "paramedic", "physiotherapist"};
    static final int GP = 0;
    static final int NURSE = 1;
    private static final double[] PATIENTS_PER = {1700, 2600, 10000, 4500, 30000, 30000};
    private static final int[] MINIMUM = {2, 1, 1, 1, 1, 1};
    private static final double MEAN_IMD = 22;
    private final Map<String, Team> teams = new HashMap<>();

    public PracticeTeams(List<Practice> practices) {
        for (Practice p : practices) {
            teams.put(p.code(), team(p.code(), p.listSize(), p.imdScore().orElse(MEAN_IMD)));
        }
    }

    /** The team of a practice, or a 7,500-patient team of average deprivation for a practice not configured. */
    Team of(String code) {
        Team t = teams.get(code);
        return t != null ? t : team(code, 7500, MEAN_IMD);
    }

    static Team team(String code, int listSize, double imd) {
        int[] count = new int[TYPES.length];
        int[] first = new int[TYPES.length];
        int next = 1;
        for (int k = 0; k < TYPES.length; k++) {
            count[k] = Math.max(MINIMUM[k], (int) Math.round(listSize / PATIENTS_PER[k]));
            first[k] = next;
            next += count[k];
        }
        double logit = 0.2 - 0.5 * Math.log(Math.max(listSize, 500) / 7500.0) - 0.025 * (imd - MEAN_IMD);
        return new Team(code, count, first, logit);
    }

    /**
     * One practice's clinicians.
     *
     * @param code            practice ODS code
     * @param count           headcount per type of {@link #TYPES}
     * @param first           number of the first clinician of each type
     * @param continuityLogit log-odds that a patient sees their usual clinician, before the patient's own terms
     */
    record Team(String code, int[] count, int[] first, double continuityLogit) {
        /** The id of clinician {@code index} (0-based) of type {@code type}. */
        String id(int type, int index) {
            return code + "-" + (first[type] + index);
        }

        int size() {
            return first[TYPES.length - 1] + count[TYPES.length - 1] - 1;
        }
    }
}
