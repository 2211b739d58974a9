package org.derwent.measures.stats.rate;

/**
 * Events and population in one age band, with the band's standard-population weight.
 *
 * @param band       the age band
 * @param events     observed events (>= 0; a missing count is 0)
 * @param population persons or person-years at risk (>= 0)
 * @param weight     standard population of the band (ESP2013 unless the caller supplies another standard)
 */
public record BandCount(AgeBand band, double events, double population, double weight) {
    public BandCount {
        if (events < 0 || population < 0 || weight < 0) {
            throw new IllegalArgumentException("band " + band + ": events, population and weight must be >= 0");
        }
        if (events > 0 && population == 0) {
            throw new IllegalArgumentException("band " + band + ": " + events + " events but population 0");
        }
    }

    /** A band weighted by the ESP2013 standard population. */
    public static BandCount esp2013(AgeBand band, double events, double population) {
        double w = Esp2013.weight(band).orElseThrow(() -> new IllegalArgumentException(
                "age band " + band + " is not an ESP2013 band (0-4 ... 85-89, 90+, or 0 and 1-4)"));
        return new BandCount(band, events, population, w);
    }
}
