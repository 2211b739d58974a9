package org.derwent.synth.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derwent.model.footprint.Ics;
import org.derwent.model.footprint.Lsoa;
import org.derwent.model.footprint.Practice;
import org.derwent.synth.demography.AgeSexAllocator;
import org.derwent.synth.demography.AgeStructure;

/**
 * How many patients each practice gets and which global indices they carry. Living patients are shared out in
 * proportion to QOF list sizes (largest remainder), in configuration order; practice p's living patients are
 * indices {@code [livingFirst, livingFirst + living)}. Deceased patients (died in the two years before the extract)
 * follow all living ones; their number comes from the practice's age segments (0.09% a year under 50, 2.4% a
 * year at 50+, England's crude rates), so every index is known before any practice is generated.
 */
public final class Allocation {
    static final double DEATHS_UNDER_50 = 0.0009;
    static final double DEATHS_50_PLUS = 0.024;

    /** One practice's share. */
    public record Share(int ordinal, Practice practice, int[] segments, int living, long livingFirst, int deceased,
                        long deceasedFirst) {
    }

    private final List<Share> shares = new ArrayList<>();
    private final Map<String, AgeStructure> districts = new HashMap<>();
    private final long totalDeceased;

    public Allocation(Ics ics, long patients) {
        Map<String, List<Lsoa>> byDistrict = new HashMap<>();
        ics.lsoas().forEach(l -> byDistrict.computeIfAbsent(l.districtCode(), k -> new ArrayList<>()).add(l));
        byDistrict.forEach((d, ls) -> districts.put(d, new AgeStructure(ls)));
        List<Practice> practices = ics.practices();
        double[] sizes = practices.stream().mapToDouble(Practice::listSize).toArray();
        int[] living = AgeSexAllocator.largestRemainder(sizes, Math.toIntExact(patients));
        int[][] segments = new int[practices.size()][];
        long deathsTotal = 0;
        int[] deaths = new int[practices.size()];
        for (int i = 0; i < practices.size(); i++) {
            Practice p = practices.get(i);
            segments[i] = AgeSexAllocator.segmentCounts(p, districts.get(p.districtCode()), living[i]);
            int over50 = segments[i][segments[i].length - 1];
            double perYear = DEATHS_UNDER_50 * (living[i] - over50) + DEATHS_50_PLUS * over50;
            deaths[i] = (int) Math.round(perYear * org.derwent.synth.health.CohortBuilder.DEATH_YEARS);
            deathsTotal += deaths[i];
        }
        long livingFirst = 0;
        long deceasedFirst = patients;
        for (int i = 0; i < practices.size(); i++) {
            shares.add(new Share(i, practices.get(i), segments[i], living[i], livingFirst, deaths[i], deceasedFirst));
            livingFirst += living[i];
            deceasedFirst += deaths[i];
        }
        this.totalDeceased = deathsTotal;
    }

    public List<Share> shares() {
        return shares;
    }

    public long totalDeceased() {
        return totalDeceased;
    }

    public AgeStructure district(String code) {
        return districts.get(code);
    }
}
