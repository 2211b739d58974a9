/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

/** The eight centred continuous terms of a QRISK3 equation, named as in the ClinRisk source. */
enum Continuous {
    AGE_1("age_1"), AGE_2("age_2"), BMI_1("bmi_1"), BMI_2("bmi_2"), RATI("rati"), SBP("sbp"), SBPS5("sbps5"),
    TOWN("town");

    private final String term;

    Continuous(String term) {
        this.term = term;
    }

    String term() {
        return term;
    }

    static Continuous ofTerm(String term) {
        for (Continuous c : values()) {
            if (c.term.equals(term)) {
                return c;
            }
        }
        return null;
    }
}
