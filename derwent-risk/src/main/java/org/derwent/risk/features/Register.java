package org.derwent.risk.features;

import java.util.List;

/**
 * A clinical register read from the NHS England Primary Care Domain refset clusters in
 * {@code reference/codelists}: a person is on it at the index date when their latest register code (condition or
 * observation, not resolved by then) is later than any resolved code. {@link #longTermCondition()} marks the
 * registers counted as long-term conditions for segmentation.
 */
public enum Register {
    HYPERTENSION("hypertension", List.of("hyp"), List.of("hypres"), true),
    DIABETES("diabetes", List.of("dm"), List.of("dmres"), true),
    CHD("coronary heart disease", List.of("chd"), List.of(), true),
    HEART_FAILURE("heart failure", List.of("hf"), List.of("hfres"), true),
    COPD("COPD", List.of("copd"), List.of("copdres"), true),
    ASTHMA("asthma", List.of("ast"), List.of("astres"), true),
    CKD("chronic kidney disease (stage 3-5)", List.of("ckd"), List.of("ckdres"), true),
    ATRIAL_FIBRILLATION("atrial fibrillation", List.of("afib"), List.of(), true),
    STROKE_TIA("stroke or TIA", List.of("strk", "tia"), List.of(), true),
    DEMENTIA("dementia", List.of("dem"), List.of(), true),
    SMI("severe mental illness", List.of("mh"), List.of(), true),
    CANCER("cancer", List.of("c19can", "c19haemcan"), List.of(), true),
    EPILEPSY("epilepsy", List.of("epil"), List.of("epilres"), true),
    DEPRESSION("depression", List.of("depr"), List.of("depres"), true),
    LEARNING_DISABILITY("learning disability", List.of("ld"), List.of(), true),
    OSTEOPOROSIS("osteoporosis", List.of("osteo"), List.of(), true),
    RHEUMATOID_ARTHRITIS("rheumatoid arthritis", List.of("rarth"), List.of(), true),
    PAD("peripheral arterial disease", List.of("pad"), List.of(), true),
    PALLIATIVE_CARE("palliative care", List.of("palcare"), List.of(), false),
    CARE_HOME("care home resident", List.of("carehome"), List.of(), false),
    FRAILTY_MILD("coded mild frailty", List.of("mildfrail"), List.of(), false),
    FRAILTY_MODERATE("coded moderate frailty", List.of("modfrail"), List.of(), false),
    FRAILTY_SEVERE("coded severe frailty", List.of("sevfrail"), List.of(), false);

    private final String label;
    private final List<String> clusters;
    private final List<String> resolvedClusters;
    private final boolean longTermCondition;

    Register(String label, List<String> clusters, List<String> resolvedClusters, boolean longTermCondition) {
        this.label = label;
        this.clusters = clusters;
        this.resolvedClusters = resolvedClusters;
        this.longTermCondition = longTermCondition;
    }

    /** Plain-English name used in explanations and reasons. */
    public String label() {
        return label;
    }

    /** Refset cluster names (file {@code nhsd-primary-care-domain-refsets-<cluster>_cod.csv}) adding to the register. */
    public List<String> clusters() {
        return clusters;
    }

    /** Clusters whose later code takes a person off the register. */
    public List<String> resolvedClusters() {
        return resolvedClusters;
    }

    public boolean longTermCondition() {
        return longTermCondition;
    }

    /** SQL column name of the register flag in the feature table. */
    public String column() {
        return "reg_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Codelist file name of a cluster. */
    public static String fileName(String cluster) {
        return "nhsd-primary-care-domain-refsets-" + cluster + "_cod.csv";
    }
}
