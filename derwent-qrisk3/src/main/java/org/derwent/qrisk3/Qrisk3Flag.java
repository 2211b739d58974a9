/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

/** The binary (yes/no) QRISK3 inputs other than diabetes, each named as in the ClinRisk source. */
public enum Qrisk3Flag {
    /** Atrial fibrillation. */
    ATRIAL_FIBRILLATION("b_AF"),
    /** On atypical antipsychotic medication. */
    ATYPICAL_ANTIPSYCHOTIC("b_atypicalantipsy"),
    /** On regular steroid tablets. */
    CORTICOSTEROIDS("b_corticosteroids"),
    /** Diagnosis of or treatment for erectile dysfunction (male equation only). */
    ERECTILE_DYSFUNCTION("b_impotence2"),
    /** Migraine. */
    MIGRAINE("b_migraine"),
    /** Rheumatoid arthritis. */
    RHEUMATOID_ARTHRITIS("b_ra"),
    /** Chronic kidney disease stage 3, 4 or 5. */
    CKD_STAGE_3_TO_5("b_renal"),
    /** Severe mental illness. */
    SEVERE_MENTAL_ILLNESS("b_semi"),
    /** Systemic lupus erythematosus. */
    SLE("b_sle"),
    /** On blood pressure treatment. */
    TREATED_HYPERTENSION("b_treatedhyp"),
    /** Angina or heart attack in a first-degree relative under 60. */
    FAMILY_HISTORY_CHD("fh_cvd");

    private final String term;

    Qrisk3Flag(String term) {
        this.term = term;
    }

    /** The term's name in the ClinRisk source, the coefficients file and the CSV columns. */
    public String term() {
        return term;
    }
}
