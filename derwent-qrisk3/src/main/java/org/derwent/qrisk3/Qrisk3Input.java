/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One person's QRISK3-2017 inputs. A null measurement means "not known"; the calculator then imputes it (see
 * {@link Qrisk3} and docs/qrisk3.md) and reports it in {@link Qrisk3Result#imputed()}.
 *
 * @param age age in whole years, 25-84 (the range qrisk.org accepts)
 * @param sex selects the female or male equation
 * @param ethnicity one of QRISK3's nine groups; null = not stated (scored as group 1, reported as imputed)
 * @param smoking smoking category
 * @param bmi body mass index, kg/m2, or null
 * @param cholesterolHdlRatio total cholesterol / HDL cholesterol ratio, or null
 * @param systolicBp systolic blood pressure, mmHg, or null
 * @param systolicBpSd standard deviation of at least two most recent systolic readings, mmHg, or null
 * @param townsend Townsend deprivation score, or null
 * @param diabetes diabetes status
 * @param flags the yes/no conditions present; {@link Qrisk3Flag#ERECTILE_DYSFUNCTION} only for males
 */
public record Qrisk3Input(int age, Sex sex, Ethnicity ethnicity, Smoking smoking, Double bmi, Double cholesterolHdlRatio,
        Double systolicBp, Double systolicBpSd, Double townsend, Diabetes diabetes, Set<Qrisk3Flag> flags) {

    /** Youngest age QRISK3 scores. */
    public static final int MIN_AGE = 25;
    /** Oldest age QRISK3 scores. */
    public static final int MAX_AGE = 84;

    public Qrisk3Input {
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new Qrisk3InputException("age", Integer.toString(age), "a whole number of years 25-84");
        }
        if (sex == null) {
            throw new Qrisk3InputException("sex", "", "F or M");
        }
        if (smoking == null) {
            throw new Qrisk3InputException("smoke_cat", "", "a smoking code 0-4");
        }
        diabetes = diabetes == null ? Diabetes.NONE : diabetes;
        flags = flags == null || flags.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        if (sex == Sex.FEMALE && flags.contains(Qrisk3Flag.ERECTILE_DYSFUNCTION)) {
            throw new Qrisk3InputException("b_impotence2", "1", "0 for females (erectile dysfunction is a male-only term)");
        }
        Plausible.check("bmi", bmi, 10, 80);
        Plausible.check("rati", cholesterolHdlRatio, 0.5, 20);
        Plausible.check("sbp", systolicBp, 50, 300);
        Plausible.check("sbps5", systolicBpSd, 0, 100);
        Plausible.check("town", townsend, -15, 20);
    }

    /** Starts a builder for the given age and sex (non-smoker, no conditions, all measurements unknown). */
    public static Qrisk3InputBuilder builder(int age, Sex sex) {
        return new Qrisk3InputBuilder(age, sex);
    }

    /** True when the flag is present. */
    public boolean has(Qrisk3Flag flag) {
        return flags.contains(flag);
    }
}
