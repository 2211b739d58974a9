package org.derwent.synth.demography;

import java.util.List;
import java.util.SplittableRandom;
import org.derwent.model.footprint.AgeSexPopulation;
import org.derwent.model.footprint.Lsoa;
import org.derwent.model.footprint.Practice;

/**
 * Where a practice's patients live: an LSOA of the practice's district, drawn with weight equal to the LSOA's
 * resident population of the patient's sex and age band, tilted by {@code exp(theta * (imd - mean))}. Theta is
 * solved by bisection so that the population-weighted mean IMD score of the tilted weights equals the
 * practice's published IMD score (no tilt when the practice has none).
 */
public final class Residence {
    private final List<Lsoa> lsoas;
    private final double theta;
    private final double[][] cum;

    public Residence(Practice practice, List<Lsoa> districtLsoas) {
        if (districtLsoas.isEmpty()) {
            throw new IllegalArgumentException("practice " + practice.code() + ": district " + practice.districtCode() + " has no LSOAs");
        }
        this.lsoas = List.copyOf(districtLsoas);
        double mean = lsoas.stream().mapToDouble(Lsoa::imdScore).average().orElse(0);
        this.theta = practice.imdScore().isPresent() ? solveTheta(practice.imdScore().getAsDouble(), mean) : 0;
        int bands = AgeSexPopulation.BANDS.length;
        cum = new double[2 * bands][lsoas.size()];
        for (int s = 0; s < 2; s++) {
            for (int b = 0; b < bands; b++) {
                double acc = 0;
                for (int i = 0; i < lsoas.size(); i++) {
                    Lsoa l = lsoas.get(i);
                    int pop = s == 0 ? l.population().female(b) : l.population().male(b);
                    acc += (pop + 0.5) * Math.exp(theta * (l.imdScore() - mean));
                    cum[s * bands + b][i] = acc;
                }
            }
        }
    }

    /** The tilt applied per IMD point. */
    public double theta() {
        return theta;
    }

    public Lsoa lsoa(int i) {
        return lsoas.get(i);
    }

    /** Index into this practice's LSOA list for a patient of sex {@code s} (0 female) and age {@code age}. */
    public int draw(SplittableRandom rng, int s, int age) {
        double[] c = cum[s * AgeSexPopulation.BANDS.length + AgeSexPopulation.bandOfAge(age)];
        double u = rng.nextDouble() * c[c.length - 1];
        int lo = 0;
        int hi = c.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private double solveTheta(double target, double mean) {
        double lo = -0.5;
        double hi = 0.5;
        for (int it = 0; it < 60; it++) {
            double mid = (lo + hi) / 2;
            if (tiltedMean(mid, mean) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private double tiltedMean(double t, double mean) {
        double w = 0;
        double wx = 0;
        for (Lsoa l : lsoas) {
            double x = (l.population().total() + 0.5) * Math.exp(t * (l.imdScore() - mean));
            w += x;
            wx += x * l.imdScore();
        }
        return wx / w;
    }
}
