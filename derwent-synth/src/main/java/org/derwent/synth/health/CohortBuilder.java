package org.derwent.synth.health;

import java.util.List;
import java.util.SplittableRandom;
import org.derwent.model.code.EthnicCategory;
import org.derwent.model.footprint.Lsoa;
import org.derwent.synth.Seeds;
import org.derwent.synth.demography.AgeSexAllocator;
import org.derwent.synth.demography.AgeStructure;
import org.derwent.synth.demography.EthnicityMix;
import org.derwent.synth.demography.Residence;

/**
 * Builds a practice's cohorts: the living registered patients (ages by QOF segment, residence, ethnicity, latent
 * health) and the patients who died in the two years before the extract date while registered there.
 */
public final class CohortBuilder {
    public static final long DEMOGRAPHY_STREAM = 1;
    static final long SHUFFLE_STREAM = 2;
    /** Years before the extract date covered by the deceased cohort. */
    public static final int DEATH_YEARS = 2;
    private final long seed;
    private final AgeStructure district;
    private final Residence residence;
    private final EthnicityMix[] ethnicity;

    public CohortBuilder(long seed, AgeStructure district, Residence residence, List<Lsoa> districtLsoas) {
        this.seed = seed;
        this.district = district;
        this.residence = residence;
        this.ethnicity = districtLsoas.stream().map(EthnicityMix::new).toArray(EthnicityMix[]::new);
    }

    /** The living cohort: {@code segmentCounts} patients per QOF age segment, shuffled, from {@code firstIndex}. */
    public Cohort living(long practiceOrdinal, int[] segmentCounts, long firstIndex) {
        int n = 0;
        for (int s : segmentCounts) {
            n += s;
        }
        int[] segment = new int[n];
        int k = 0;
        for (int s = 0; s < segmentCounts.length; s++) {
            for (int j = 0; j < segmentCounts[s]; j++) {
                segment[k++] = s;
            }
        }
        SplittableRandom shuffle = new SplittableRandom(Seeds.mix(seed, SHUFFLE_STREAM, practiceOrdinal));
        for (int i = n - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = segment[i];
            segment[i] = segment[j];
            segment[j] = t;
        }
        AgeSexAllocator.Sampler[] samplers = new AgeSexAllocator.Sampler[segmentCounts.length];
        for (int s = 0; s < samplers.length; s++) {
            samplers[s] = AgeSexAllocator.segmentSampler(district, s);
        }
        Cohort c = new Cohort(firstIndex, n);
        for (int i = 0; i < n; i++) {
            SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, DEMOGRAPHY_STREAM, c.index(i)));
            int cell = samplers[segment[i]].draw(rng);
            fill(c, i, rng, cell % 1000, cell < 1000, rng.nextGaussian());
        }
        return c;
    }

    /**
     * The deceased cohort: {@code count} patients whose age, sex and residence are drawn from the living cohort
     * weighted by age-specific mortality, who are sicker (latent factor shifted up by one), and who died on a
     * uniform day in the {@link #DEATH_YEARS} years before {@code extractDay}.
     */
    public Cohort deceased(Cohort living, int count, long firstIndex, int extractDay, RegisterCalibrator registers) {
        Cohort d = new Cohort(firstIndex, count);
        if (count == 0 || living.size == 0) {
            return d;
        }
        double[] cum = new double[living.size];
        double acc = 0;
        for (int i = 0; i < living.size; i++) {
            acc += mortality(living.age[i]);
            cum[i] = acc;
        }
        for (int j = 0; j < count; j++) {
            SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, DEMOGRAPHY_STREAM, d.index(j)));
            int t = java.util.Arrays.binarySearch(cum, rng.nextDouble() * acc);
            t = t >= 0 ? t : Math.min(-t - 1, living.size - 1);
            fill(d, j, rng, living.age[t], living.female[t], 1.0 + 0.8 * rng.nextGaussian());
            d.deathDay[j] = extractDay - 1 - rng.nextInt(365 * DEATH_YEARS);
            registers.assignWithIntercepts(d, j);
        }
        return d;
    }

    private void fill(Cohort c, int i, SplittableRandom rng, int age, boolean female, double latent) {
        c.age[i] = (short) age;
        c.female[i] = female;
        int l = residence.draw(rng, female ? 0 : 1, age);
        c.lsoa[i] = l;
        c.imd[i] = residence.lsoa(l).imdScore();
        c.latent[i] = latent;
        EthnicCategory e = ethnicity[l].draw(rng);
        c.ethnic[i] = (byte) e.ordinal();
    }

    /** Annual probability of death at an age (Gompertz curve close to England's life table). */
    public static double mortality(int age) {
        return Math.min(0.5, Math.exp(-10.2 + 0.093 * age));
    }
}
