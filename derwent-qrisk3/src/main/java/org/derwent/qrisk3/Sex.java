/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

import java.util.Locale;

/** Sex as QRISK3 uses it: each sex has its own equation. */
public enum Sex {
    FEMALE, MALE;

    /**
     * Parses {@code F}, {@code M}, {@code female} or {@code male} (any case).
     *
     * @throws Qrisk3InputException naming the value when it is none of these
     */
    public static Sex parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "f", "female" -> FEMALE;
            case "m", "male" -> MALE;
            default -> throw new Qrisk3InputException("sex", value, "F or M (female or male)");
        };
    }
}
