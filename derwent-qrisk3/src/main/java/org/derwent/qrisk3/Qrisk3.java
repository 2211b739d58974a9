/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The QRISK3-2017 10-year cardiovascular disease risk calculator (female and male equations of ClinRisk's published
 * source, coefficients read from the bundled copy of reference/methods/qrisk3-2017-coefficients.json).
 *
 * <p>Missing inputs. The reference gives no imputation rule (the open-source equations need every input), so
 * Derwent imputes an unknown BMI, cholesterol/HDL ratio, systolic blood pressure, its standard deviation or
 * Townsend score at that sex's published centring value (the derivation-cohort mean), which makes the term and its
 * age interactions contribute nothing; an unknown ethnicity is scored as group 1 "White or not stated", as the
 * ClinRisk coding defines. Every imputed input is named in {@link Qrisk3Result#imputed()}. See docs/qrisk3.md.
 *
 * <p>Show {@link Disclaimer#TEXT} wherever a score is shown. Instances are immutable and thread-safe.
 */
public final class Qrisk3 {
    private static final Qrisk3 BUNDLED = new Qrisk3(CoefficientsLoader.bundled());

    private final Map<Sex, SexEquation> equations;

    private Qrisk3(Map<Sex, SexEquation> equations) {
        this.equations = equations;
    }

    /** The calculator with the published QRISK3-2017 coefficients. */
    public static Qrisk3 published() {
        return BUNDLED;
    }

    /** Scores one person. */
    public Qrisk3Result score(Qrisk3Input in) {
        List<String> imputed = new ArrayList<>(2);
        int eth = in.ethnicity() == null ? 0 : in.ethnicity().code();
        if (in.ethnicity() == null) {
            imputed.add("ethrisk");
        }
        double bmi = known(in.bmi(), "bmi", imputed);
        double rati = known(in.cholesterolHdlRatio(), "rati", imputed);
        double sbp = known(in.systolicBp(), "sbp", imputed);
        double sbps5 = known(in.systolicBpSd(), "sbps5", imputed);
        double town = known(in.townsend(), "town", imputed);
        SexEquation e = equations.get(in.sex());
        double a = e.linearPredictor(in.age(), eth, in.smoking(), bmi, rati, sbp, sbps5, town, in.diabetes(), in.flags());
        return new Qrisk3Result(e.score(a), imputed);
    }

    /** The 10-year risk in percent, without the imputation report. */
    public double percent(Qrisk3Input in) {
        return score(in).score();
    }

    private static double known(Double v, String name, List<String> imputed) {
        if (v == null) {
            imputed.add(name);
            return Double.NaN;
        }
        return v;
    }
}
