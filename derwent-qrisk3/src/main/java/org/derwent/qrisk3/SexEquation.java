/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3;

import java.util.Arrays;
import java.util.Locale;

/**
 * One sex's QRISK3-2017 equation, compiled from the coefficients file into arrays:
 * {@code score = 100 * (1 - S0^exp(a))} with {@code a} the sum of ethnicity and smoking terms, centred continuous
 * terms, binary terms and their interactions with the centred age terms (reference/methods/qrisk3-2017.md).
 */
final class SexEquation {
    private static final int NC = Continuous.values().length;
    private static final int NF = Qrisk3Flag.values().length;

    final Sex sex;
    final double survivor;
    final double age1Exponent;
    final double age2Exponent;
    final double[] centre = new double[NC];
    final double[] ethnicity = new double[10];
    final double[] smoking = new double[5];
    final double[] continuous = new double[NC];
    final double[] flag = new double[NF];
    final boolean[] flagIsTerm = new boolean[NF];
    final double[] diabetes = new double[Diabetes.values().length];
    final double[][] smokeByAge = new double[2][5];
    final double[][] flagByAge = new double[2][NF];
    final double[][] diabetesByAge = new double[2][Diabetes.values().length];
    final double[][] continuousByAge = new double[2][NC];

    SexEquation(Sex sex, double survivor, double age1Exponent, double age2Exponent) {
        this.sex = sex;
        this.survivor = survivor;
        this.age1Exponent = age1Exponent;
        this.age2Exponent = age2Exponent;
    }

    /** Whether the binary term is part of this equation (erectile dysfunction is male-only). */
    boolean hasTerm(Qrisk3Flag f) {
        return flagIsTerm[f.ordinal()];
    }

    /**
     * The linear predictor {@code a}. A NaN measurement is imputed at the equation's centring value (its centred
     * term is 0); {@code ethnicityCode} 0 means not stated.
     */
    double linearPredictor(int age, int ethnicityCode, Smoking smoke, double bmi, double rati, double sbp,
            double sbps5, double town, Diabetes diab, Iterable<Qrisk3Flag> flags) {
        double dage = age / 10.0;
        double[] x = new double[NC];
        x[Continuous.AGE_1.ordinal()] = Math.pow(dage, age1Exponent) - centre[Continuous.AGE_1.ordinal()];
        x[Continuous.AGE_2.ordinal()] = Math.pow(dage, age2Exponent) - centre[Continuous.AGE_2.ordinal()];
        if (!Double.isNaN(bmi)) {
            double dbmi = bmi / 10.0;
            double bmi1 = Math.pow(dbmi, -2);
            x[Continuous.BMI_1.ordinal()] = bmi1 - centre[Continuous.BMI_1.ordinal()];
            x[Continuous.BMI_2.ordinal()] = bmi1 * Math.log(dbmi) - centre[Continuous.BMI_2.ordinal()];
        }
        x[Continuous.RATI.ordinal()] = centred(rati, Continuous.RATI);
        x[Continuous.SBP.ordinal()] = centred(sbp, Continuous.SBP);
        x[Continuous.SBPS5.ordinal()] = centred(sbps5, Continuous.SBPS5);
        x[Continuous.TOWN.ordinal()] = centred(town, Continuous.TOWN);

        int s = smoke.ordinal();
        int d = diab.ordinal();
        double a = ethnicity[ethnicityCode] + smoking[s] + diabetes[d];
        double byAge1 = smokeByAge[0][s] + diabetesByAge[0][d];
        double byAge2 = smokeByAge[1][s] + diabetesByAge[1][d];
        for (int i = 0; i < NC; i++) {
            a += continuous[i] * x[i];
            byAge1 += continuousByAge[0][i] * x[i];
            byAge2 += continuousByAge[1][i] * x[i];
        }
        for (Qrisk3Flag f : flags) {
            int i = f.ordinal();
            if (!flagIsTerm[i]) {
                throw new Qrisk3InputException(f.term(), "1", "0: not a term of the " + sex.name().toLowerCase(Locale.ROOT) + " equation");
            }
            a += flag[i];
            byAge1 += flagByAge[0][i];
            byAge2 += flagByAge[1][i];
        }
        return a + x[Continuous.AGE_1.ordinal()] * byAge1 + x[Continuous.AGE_2.ordinal()] * byAge2;
    }

    /** 10-year risk in percent from a linear predictor. */
    double score(double linearPredictor) {
        return 100.0 * (1 - Math.pow(survivor, Math.exp(linearPredictor)));
    }

    private double centred(double value, Continuous c) {
        return Double.isNaN(value) ? 0 : value - centre[c.ordinal()];
    }

    @Override
    public String toString() {
        return "SexEquation[" + sex + ", S0=" + survivor + ", ethnicity=" + Arrays.toString(ethnicity) + "]";
    }
}
