/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

import java.util.Locale;

/** QRISK3's nine ethnic groups with their ClinRisk codes ({@code ethrisk} 1-9 in the C source). */
public enum Ethnicity {
    WHITE_OR_NOT_STATED(1), INDIAN(2), PAKISTANI(3), BANGLADESHI(4), OTHER_ASIAN(5), BLACK_CARIBBEAN(6),
    BLACK_AFRICAN(7), CHINESE(8), OTHER(9);

    private final int code;

    Ethnicity(int code) {
        this.code = code;
    }

    /** The ClinRisk code, 1-9. */
    public int code() {
        return code;
    }

    /**
     * Derwent's mapping from an NHS Data Dictionary ETHNIC CATEGORY code (2001 census letters A-S, Z) to a QRISK3
     * group: white British/Irish/other (A, B, C) to group 1; Indian (H), Pakistani (J), Bangladeshi (K), other Asian
     * (L), Black Caribbean (M), Black African (N) and Chinese (R) to their own groups; mixed (D-G), other Black (P) and
     * any other (S) to 9 "Other ethnic group". Not stated (Z), blank or unknown letters give null (not stated, which
     * QRISK3 scores as group 1 and Derwent reports as imputed). This mapping is not part of the reference.
     */
    public static Ethnicity fromNhsEthnicCategory(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return switch (code.trim().toUpperCase(Locale.ROOT)) {
            case "A", "B", "C" -> WHITE_OR_NOT_STATED;
            case "H" -> INDIAN;
            case "J" -> PAKISTANI;
            case "K" -> BANGLADESHI;
            case "L" -> OTHER_ASIAN;
            case "M" -> BLACK_CARIBBEAN;
            case "N" -> BLACK_AFRICAN;
            case "R" -> CHINESE;
            case "D", "E", "F", "G", "P", "S" -> OTHER;
            default -> null;
        };
    }

    /**
     * The group for a ClinRisk code 1-9.
     *
     * @throws Qrisk3InputException for any other code
     */
    public static Ethnicity ofCode(int code) {
        if (code < 1 || code > 9) {
            throw new Qrisk3InputException("ethrisk", Integer.toString(code), "an ethnicity code 1-9 (0 or blank = not stated)");
        }
        return values()[code - 1];
    }
}
