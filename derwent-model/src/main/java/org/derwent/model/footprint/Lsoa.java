package org.derwent.model.footprint;

import java.util.Map;

/**
 * A Lower-layer Super Output Area (2011) with deprivation, rurality, population and ethnicity.
 *
 * @param imdDecile  IMD 2019 national decile, 1 = most deprived
 * @param imdQuintile IMD 2019 national quintile, 1 = most deprived
 * @param population resident population by sex and age band
 * @param ethnicity  Census 2021 residents by 5-group ethnicity ({@code asian, black, mixed, other, white})
 */
public record Lsoa(
        String code,
        String name,
        String districtCode,
        double imdScore,
        int imdDecile,
        int imdQuintile,
        String rucCode,
        String rucClass,
        AgeSexPopulation population,
        Map<String, Double> ethnicity) {

    public Lsoa {
        ethnicity = Map.copyOf(ethnicity);
    }

    /** Core20: the most deprived 20% of LSOAs nationally (IMD quintile 1). */
    public boolean core20() {
        return imdQuintile == 1;
    }
}
