package org.derwent.model.footprint;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Cross-checks a loaded configuration: every reference resolves and every district has one Place and one ICP. */
final class FootprintValidator {
    private FootprintValidator() {
    }

    static void validate(Ics ics, Path file) {
        Set<String> districts = new HashSet<>();
        ics.districts().forEach(d -> districts.add(d.code()));
        onceEach(file, "places", districts, ics.places(), Place::districts, Place::code);
        onceEach(file, "icps", districts, ics.icps(), Icp::districts, Icp::code);
        Set<String> pcns = new HashSet<>();
        ics.pcns().forEach(p -> pcns.add(p.code()));
        for (Practice p : ics.practices()) {
            if (!pcns.contains(p.pcnCode())) {
                throw new FootprintException(file + ": practice " + p.code() + " names PCN '" + p.pcnCode() + "' not in the PCN table");
            }
            if (!districts.contains(p.districtCode())) {
                throw new FootprintException(file + ": practice " + p.code() + " names district '" + p.districtCode() + "' not in districts");
            }
            if (p.listSize() <= 0) {
                throw new FootprintException(file + ": practice " + p.code() + " has list size " + p.listSize() + "; expected > 0");
            }
        }
        for (Lsoa l : ics.lsoas()) {
            if (!districts.contains(l.districtCode())) {
                throw new FootprintException(file + ": LSOA " + l.code() + " names district '" + l.districtCode() + "' not in districts");
            }
        }
        for (String d : districts) {
            if (ics.lsoas().stream().noneMatch(l -> l.districtCode().equals(d))) {
                throw new FootprintException(file + ": district " + d + " has no LSOAs");
            }
        }
        if (ics.practices().isEmpty()) {
            throw new FootprintException(file + ": no practices configured");
        }
    }

    private static <T> void onceEach(Path file, String what, Set<String> districts, List<T> areas,
                                     Function<T, List<String>> districtsOf, Function<T, String> codeOf) {
        Map<String, String> owner = new HashMap<>();
        for (T a : areas) {
            for (String d : districtsOf.apply(a)) {
                if (!districts.contains(d)) {
                    throw new FootprintException(file + ": " + what + " " + codeOf.apply(a) + " names unknown district '" + d + "'");
                }
                String prev = owner.put(d, codeOf.apply(a));
                if (prev != null) {
                    throw new FootprintException(file + ": district " + d + " is in " + what + " " + prev + " and " + codeOf.apply(a));
                }
            }
        }
        for (String d : districts) {
            if (!owner.containsKey(d)) {
                throw new FootprintException(file + ": district " + d + " belongs to none of the " + what);
            }
        }
    }
}
