/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

/** Smoking category with the ClinRisk C-source code {@code smoke_cat} 0-4 (the CRAN R package uses 1-5). */
public enum Smoking {
    NON_SMOKER, EX_SMOKER, LIGHT, MODERATE, HEAVY;

    /** The C-source code, 0 non-smoker, 1 ex-smoker, 2 light (&lt;10/day), 3 moderate (10-19), 4 heavy (20+). */
    public int code() {
        return ordinal();
    }

    /**
     * The category for a C-source code 0-4.
     *
     * @throws Qrisk3InputException for any other code
     */
    public static Smoking ofCode(int code) {
        if (code < 0 || code > 4) {
            throw new Qrisk3InputException("smoke_cat", Integer.toString(code),
                    "a smoking code 0-4 (0 non, 1 ex, 2 light, 3 moderate, 4 heavy)");
        }
        return values()[code];
    }
}
