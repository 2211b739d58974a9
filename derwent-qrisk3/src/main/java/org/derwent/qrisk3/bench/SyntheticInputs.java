/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.derwent.qrisk3.Diabetes;
import org.derwent.qrisk3.Ethnicity;
import org.derwent.qrisk3.Qrisk3Flag;
import org.derwent.qrisk3.Qrisk3Input;
import org.derwent.qrisk3.Sex;
import org.derwent.qrisk3.Smoking;

/** Seeded synthetic QRISK3 inputs with plausible spreads and about 10% of each measurement missing. */
final class SyntheticInputs {
    private SyntheticInputs() {
    }

    static List<Qrisk3Input> generate(int n, long seed) {
        return IntStream.range(0, n).mapToObj(i -> one(new Random(seed * 1_000_003L + i))).toList();
    }

    private static Qrisk3Input one(Random r) {
        Sex sex = r.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        Set<Qrisk3Flag> flags = EnumSet.noneOf(Qrisk3Flag.class);
        for (Qrisk3Flag f : Qrisk3Flag.values()) {
            if (r.nextDouble() < 0.06 && !(f == Qrisk3Flag.ERECTILE_DYSFUNCTION && sex == Sex.FEMALE)) {
                flags.add(f);
            }
        }
        double d = r.nextDouble();
        Diabetes diabetes = d < 0.005 ? Diabetes.TYPE_1 : d < 0.08 ? Diabetes.TYPE_2 : Diabetes.NONE;
        return new Qrisk3Input(25 + r.nextInt(60), sex,
                r.nextDouble() < 0.1 ? null : Ethnicity.values()[r.nextDouble() < 0.8 ? 0 : r.nextInt(9)],
                Smoking.values()[r.nextInt(5)], maybe(r, clamp(27 + 5 * r.nextGaussian(), 15, 60)),
                maybe(r, clamp(4 + 1.2 * r.nextGaussian(), 1.5, 12)), maybe(r, clamp(128 + 17 * r.nextGaussian(), 80, 220)),
                maybe(r, clamp(9 + 4 * r.nextGaussian(), 0, 40)), maybe(r, clamp(0.5 + 3 * r.nextGaussian(), -7, 11)),
                diabetes, flags);
    }

    private static Double maybe(Random r, double v) {
        return r.nextDouble() < 0.1 ? null : Math.round(v * 10) / 10.0;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
