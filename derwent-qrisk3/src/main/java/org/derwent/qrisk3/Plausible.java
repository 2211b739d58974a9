/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

/** Physical plausibility ranges Derwent applies to measurements (not ClinRisk's; see docs/qrisk3.md). */
final class Plausible {
    private Plausible() {
    }

    static void check(String field, Double value, double min, double max) {
        if (value == null) {
            return;
        }
        if (!(value >= min && value <= max)) {
            throw new Qrisk3InputException(field, String.valueOf(value),
                    "a number from " + fmt(min) + " to " + fmt(max) + " (or blank when unknown)");
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
