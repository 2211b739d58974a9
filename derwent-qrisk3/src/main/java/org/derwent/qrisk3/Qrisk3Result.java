/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

import java.util.List;

/**
 * A QRISK3-2017 score with the inputs that were imputed. Show {@link Disclaimer#TEXT} wherever the score is shown.
 *
 * @param score 10-year cardiovascular disease risk, percent (0-100)
 * @param imputed names (ClinRisk terms: {@code ethrisk, bmi, rati, sbp, sbps5, town}) of the inputs that were not
 *     known and were imputed, in that order; empty when every input was given
 */
public record Qrisk3Result(double score, List<String> imputed) {
    public Qrisk3Result {
        imputed = List.copyOf(imputed);
    }

    /** True when at least one input was imputed. */
    public boolean anyImputed() {
        return !imputed.isEmpty();
    }

    /** ClinRisk's disclaimer, which must accompany this score. */
    public String disclaimer() {
        return Disclaimer.TEXT;
    }
}
