package org.derwent.server.scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.derwent.server.store.Store;

/**
 * The ICS footprint as the store holds it (org_practice, org_pcn, geo_district, geo_place, geo_icp,
 * geo_lsoa): names of every area and which practices, PCNs, districts and LSOAs lie in each Place.
 * Loaded once when the server starts.
 */
public final class Footprint {
    /** A named area of one level. */
    public record Area(String level, String code, String name) {
    }

    private final Map<String, Map<String, String>> names = new HashMap<>();
    private final Map<String, String> practicePcn = new LinkedHashMap<>();
    private final Map<String, String> practiceDistrict = new HashMap<>();
    private final Map<String, String> districtPlace = new HashMap<>();
    private final Map<String, String> districtIcp = new HashMap<>();
    private final Map<String, String> lsoaDistrict = new HashMap<>();
    private String icbName = "Integrated care board";

    /** Reads the footprint tables; a missing table gives an empty level. */
    public static Footprint load(Store store) {
        Footprint f = new Footprint();
        Set<String> tables = store.tables();
        if (tables.contains("org_practice")) {
            for (List<Object> r : store.query("SELECT practice_code, name, pcn_code, district_code FROM org_practice",
                    List.of()).rows()) {
                f.name("practice", (String) r.get(0), (String) r.get(1));
                f.practicePcn.put((String) r.get(0), (String) r.get(2));
                f.practiceDistrict.put((String) r.get(0), (String) r.get(3));
            }
        }
        if (tables.contains("org_pcn")) {
            store.query("SELECT pcn_code, name FROM org_pcn", List.of()).rows()
                    .forEach(r -> f.name("pcn", (String) r.get(0), (String) r.get(1)));
        }
        if (tables.contains("geo_district")) {
            for (List<Object> r : store.query("SELECT district_code, name, place_code, icp_code FROM geo_district",
                    List.of()).rows()) {
                f.name("district", (String) r.get(0), (String) r.get(1));
                f.districtPlace.put((String) r.get(0), (String) r.get(2));
                f.districtIcp.put((String) r.get(0), (String) r.get(3));
            }
        }
        for (String level : List.of("place", "icp")) {
            if (tables.contains("geo_" + level)) {
                store.query("SELECT code, name FROM geo_" + level, List.of()).rows()
                        .forEach(r -> f.name(level, (String) r.get(0), (String) r.get(1)));
            }
        }
        if (tables.contains("geo_lsoa")) {
            for (List<Object> r : store.query("SELECT lsoa_code, name, district_code FROM geo_lsoa", List.of()).rows()) {
                f.name("lsoa", (String) r.get(0), (String) r.get(1));
                f.lsoaDistrict.put((String) r.get(0), (String) r.get(2));
            }
        }
        return f;
    }

    private void name(String level, String code, String name) {
        names.computeIfAbsent(level, k -> new LinkedHashMap<>()).put(code, name);
    }

    /** The display name of an area, or its code when unknown. */
    public String name(String level, String code) {
        if ("icb".equals(level)) {
            return icbName;
        }
        return names.getOrDefault(level, Map.of()).getOrDefault(code, code);
    }

    public boolean exists(String level, String code) {
        return names.getOrDefault(level, Map.of()).containsKey(code);
    }

    /** All areas of a level, sorted by name. */
    public List<Area> areas(String level) {
        List<Area> out = new ArrayList<>();
        names.getOrDefault(level, Map.of()).forEach((c, n) -> out.add(new Area(level, c, n)));
        out.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return out;
    }

    public String pcnOfPractice(String practice) {
        return practicePcn.get(practice);
    }

    public String placeOfPractice(String practice) {
        return districtPlace.get(practiceDistrict.get(practice));
    }

    /** Practices of a PCN, sorted by code. */
    public Set<String> practicesOfPcn(String pcn) {
        Set<String> out = new TreeSet<>();
        practicePcn.forEach((p, n) -> {
            if (pcn.equals(n)) {
                out.add(p);
            }
        });
        return out;
    }

    /** Practices whose district lies in a Place. */
    public Set<String> practicesOfPlace(String place) {
        Set<String> out = new TreeSet<>();
        practiceDistrict.forEach((p, d) -> {
            if (place.equals(districtPlace.get(d))) {
                out.add(p);
            }
        });
        return out;
    }

    public Set<String> pcnsOfPlace(String place) {
        Set<String> out = new TreeSet<>();
        practicesOfPlace(place).forEach(p -> out.add(practicePcn.get(p)));
        return out;
    }

    public Set<String> districtsOfPlace(String place) {
        Set<String> out = new TreeSet<>();
        districtPlace.forEach((d, p) -> {
            if (place.equals(p)) {
                out.add(d);
            }
        });
        return out;
    }

    public Set<String> icpsOfPlace(String place) {
        Set<String> out = new TreeSet<>();
        districtsOfPlace(place).forEach(d -> out.add(districtIcp.get(d)));
        return out;
    }

    public Set<String> lsoasOfPlace(String place) {
        Set<String> out = new TreeSet<>();
        lsoaDistrict.forEach((l, d) -> {
            if (place.equals(districtPlace.get(d))) {
                out.add(l);
            }
        });
        return out;
    }

    public void icbName(String name) {
        this.icbName = name;
    }
}
