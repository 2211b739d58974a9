package org.derwent.synth.demography;

import java.util.List;
import org.derwent.model.footprint.AgeSexPopulation;
import org.derwent.model.footprint.Lsoa;

/**
 * Single-year-of-age weights by sex (ages 0..{@link #MAX_AGE}) summed over a set of LSOAs, spreading each
 * five-year band evenly over its years and the 90+ band over 90..104 with a decline of 25% a year.
 */
public final class AgeStructure {
    public static final int MAX_AGE = 104;
    private final double[][] weight = new double[2][MAX_AGE + 1];

    public AgeStructure(List<Lsoa> lsoas) {
        int last = AgeSexPopulation.BANDS.length - 1;
        double[] tail = new double[MAX_AGE - 90 + 1];
        double tailSum = 0;
        for (int a = 0; a < tail.length; a++) {
            tail[a] = Math.pow(0.75, a);
            tailSum += tail[a];
        }
        for (Lsoa l : lsoas) {
            AgeSexPopulation p = l.population();
            for (int b = 0; b <= last; b++) {
                double f = p.female(b);
                double m = p.male(b);
                if (b < last) {
                    for (int a = 5 * b; a < 5 * b + 5; a++) {
                        weight[0][a] += f / 5;
                        weight[1][a] += m / 5;
                    }
                } else {
                    for (int a = 0; a < tail.length; a++) {
                        weight[0][90 + a] += f * tail[a] / tailSum;
                        weight[1][90 + a] += m * tail[a] / tailSum;
                    }
                }
            }
        }
    }

    /** Weight of sex {@code s} (0 female, 1 male) at age {@code a}. */
    public double weight(int s, int a) {
        return weight[s][a];
    }

    /** Total weight of ages in [from, to). */
    public double total(int from, int to) {
        double t = 0;
        for (int a = from; a < to; a++) {
            t += weight[0][a] + weight[1][a];
        }
        return t;
    }
}
