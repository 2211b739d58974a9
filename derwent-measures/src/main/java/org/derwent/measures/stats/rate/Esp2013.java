package org.derwent.measures.stats.rate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The 2013 European Standard Population (Eurostat 2013), as PHEindicatormethods {@code esp2013}: 19 five-year
 * bands 0-4 ... 85-89 and 90+, total 100,000, plus the infant split 0 (1,000) and 1-4 (4,000)
 * (reference/methods/dsr-esp2013.md).
 */
public final class Esp2013 {
    /** Total of the standard population. */
    public static final double TOTAL = 100_000;

    private static final double[] FIVE_YEAR = {5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000,
        7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000};
    private static final Map<AgeBand, Double> WEIGHTS = new LinkedHashMap<>();

    static {
        for (int i = 0; i < FIVE_YEAR.length; i++) {
            AgeBand band = i == FIVE_YEAR.length - 1 ? new AgeBand(90, AgeBand.OPEN) : new AgeBand(5 * i, 5 * i + 4);
            WEIGHTS.put(band, FIVE_YEAR[i]);
        }
        WEIGHTS.put(new AgeBand(0, 0), 1000.0);
        WEIGHTS.put(new AgeBand(1, 4), 4000.0);
    }

    private Esp2013() {
    }

    /** The standard population of {@code band}, empty when the band is not one of the ESP2013 bands. */
    public static OptionalDouble weight(AgeBand band) {
        Double w = WEIGHTS.get(band);
        return w == null ? OptionalDouble.empty() : OptionalDouble.of(w);
    }

    /** The 19 standard bands 0-4 ... 90+ in order. */
    public static List<AgeBand> standardBands() {
        return WEIGHTS.keySet().stream().limit(FIVE_YEAR.length).toList();
    }
}
