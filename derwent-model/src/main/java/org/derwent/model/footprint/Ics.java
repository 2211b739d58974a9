package org.derwent.model.footprint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One Integrated Care System as configured: its organisations and geography. Immutable.
 *
 * @param id            configuration id, e.g. {@code derby-derbyshire}
 * @param icb           the Integrated Care Board
 * @param referenceDate date the reference tables describe (QOF year end)
 * @param attribution   licence attribution to show with outputs derived from the configuration
 */
public record Ics(
        String id,
        Icb icb,
        LocalDate referenceDate,
        List<District> districts,
        List<Place> places,
        List<Icp> icps,
        List<Provider> providers,
        List<Pcn> pcns,
        List<Practice> practices,
        List<Lsoa> lsoas,
        List<ProviderCatchment> catchment,
        String attribution) {

    public Ics {
        districts = List.copyOf(districts);
        places = List.copyOf(places);
        icps = List.copyOf(icps);
        providers = List.copyOf(providers);
        pcns = List.copyOf(pcns);
        practices = List.copyOf(practices);
        lsoas = List.copyOf(lsoas);
        catchment = List.copyOf(catchment);
    }

    /** Total registered list size over all practices. */
    public long registeredPopulation() {
        return practices.stream().mapToLong(Practice::listSize).sum();
    }

    public Map<String, Practice> practicesByCode() {
        return practices.stream().collect(Collectors.toMap(Practice::code, Function.identity()));
    }

    public Map<String, Lsoa> lsoasByCode() {
        return lsoas.stream().collect(Collectors.toMap(Lsoa::code, Function.identity()));
    }

    public Optional<Place> placeOfDistrict(String districtCode) {
        return places.stream().filter(p -> p.districts().contains(districtCode)).findFirst();
    }

    public Optional<Icp> icpOfDistrict(String districtCode) {
        return icps.stream().filter(p -> p.districts().contains(districtCode)).findFirst();
    }

    public Optional<District> district(String code) {
        return districts.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public Optional<Pcn> pcn(String code) {
        return pcns.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
