/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.csv;

import java.util.Locale;
import org.derwent.qrisk3.Qrisk3Flag;

/**
 * The input columns, named as in the ClinRisk source and reference/methods/qrisk3-2017.md. Header matching ignores
 * case; other columns are passed through unchanged.
 */
public enum Qrisk3Column {
    AGE("age", true), SEX("sex", true), ETHRISK("ethrisk", false), SMOKE_CAT("smoke_cat", true), BMI("bmi", false),
    RATI("rati", false), SBP("sbp", false), SBPS5("sbps5", false), TOWN("town", false),
    B_TYPE1("b_type1", false), B_TYPE2("b_type2", false),
    B_AF(Qrisk3Flag.ATRIAL_FIBRILLATION), B_ATYPICALANTIPSY(Qrisk3Flag.ATYPICAL_ANTIPSYCHOTIC),
    B_CORTICOSTEROIDS(Qrisk3Flag.CORTICOSTEROIDS), B_IMPOTENCE2(Qrisk3Flag.ERECTILE_DYSFUNCTION),
    B_MIGRAINE(Qrisk3Flag.MIGRAINE), B_RA(Qrisk3Flag.RHEUMATOID_ARTHRITIS), B_RENAL(Qrisk3Flag.CKD_STAGE_3_TO_5),
    B_SEMI(Qrisk3Flag.SEVERE_MENTAL_ILLNESS), B_SLE(Qrisk3Flag.SLE), B_TREATEDHYP(Qrisk3Flag.TREATED_HYPERTENSION),
    FH_CVD(Qrisk3Flag.FAMILY_HISTORY_CHD);

    private final String header;
    private final boolean required;
    private final Qrisk3Flag flag;

    Qrisk3Column(String header, boolean required) {
        this.header = header;
        this.required = required;
        this.flag = null;
    }

    Qrisk3Column(Qrisk3Flag flag) {
        this.header = flag.term();
        this.required = false;
        this.flag = flag;
    }

    /** The column name as written in headers. */
    public String header() {
        return header;
    }

    /** Whether a file must have this column. */
    public boolean required() {
        return required;
    }

    /** The flag this 0/1 column sets, or null. */
    Qrisk3Flag flag() {
        return flag;
    }

    /** The column with this header (case ignored), or null. */
    static Qrisk3Column ofHeader(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Qrisk3Column c : values()) {
            if (c.header.toLowerCase(Locale.ROOT).equals(n)) {
                return c;
            }
        }
        return null;
    }
}
