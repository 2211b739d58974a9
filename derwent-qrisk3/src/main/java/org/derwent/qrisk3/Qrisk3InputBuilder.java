/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

import java.util.EnumSet;
import java.util.Set;

/** Fluent construction of a {@link Qrisk3Input}; starts as a non-smoker with no conditions and no measurements. */
public final class Qrisk3InputBuilder {
    private final int age;
    private final Sex sex;
    private Ethnicity ethnicity;
    private Smoking smoking = Smoking.NON_SMOKER;
    private Double bmi;
    private Double ratio;
    private Double sbp;
    private Double sbpSd;
    private Double townsend;
    private Diabetes diabetes = Diabetes.NONE;
    private final Set<Qrisk3Flag> flags = EnumSet.noneOf(Qrisk3Flag.class);

    Qrisk3InputBuilder(int age, Sex sex) {
        this.age = age;
        this.sex = sex;
    }

    public Qrisk3InputBuilder ethnicity(Ethnicity value) {
        this.ethnicity = value;
        return this;
    }

    public Qrisk3InputBuilder smoking(Smoking value) {
        this.smoking = value;
        return this;
    }

    public Qrisk3InputBuilder bmi(Double value) {
        this.bmi = value;
        return this;
    }

    public Qrisk3InputBuilder cholesterolHdlRatio(Double value) {
        this.ratio = value;
        return this;
    }

    public Qrisk3InputBuilder systolicBp(Double value) {
        this.sbp = value;
        return this;
    }

    public Qrisk3InputBuilder systolicBpSd(Double value) {
        this.sbpSd = value;
        return this;
    }

    public Qrisk3InputBuilder townsend(Double value) {
        this.townsend = value;
        return this;
    }

    public Qrisk3InputBuilder diabetes(Diabetes value) {
        this.diabetes = value;
        return this;
    }

    /** Adds or removes a yes/no condition. */
    public Qrisk3InputBuilder flag(Qrisk3Flag flag, boolean present) {
        if (present) {
            flags.add(flag);
        } else {
            flags.remove(flag);
        }
        return this;
    }

    public Qrisk3Input build() {
        return new Qrisk3Input(age, sex, ethnicity, smoking, bmi, ratio, sbp, sbpSd, townsend, diabetes, flags);
    }
}
