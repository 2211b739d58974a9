/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

/** Diabetes status; QRISK3 codes type 1 and type 2 as two mutually exclusive binary terms. */
public enum Diabetes {
    NONE(null), TYPE_1("b_type1"), TYPE_2("b_type2");

    private final String term;

    Diabetes(String term) {
        this.term = term;
    }

    /** The term's name in the ClinRisk source and the coefficients file, or null for {@link #NONE}. */
    public String term() {
        return term;
    }
}
